using System.Net;
using Microsoft.Azure.Cosmos;
using Trading.Infrastructure.Cosmos;
using Trading.MarketData;

namespace Trading.Infrastructure.MarketData;

/// <summary>
/// <see cref="IMarketDataReader"/> on the <c>market</c> container. Bar ranges are single-partition
/// queries ordered by the fixed-width <c>start</c> string and paged by key (<c>start</c> after the last
/// row read), never by continuation token or OFFSET, so they also work against test servers that return
/// only the first page of a query. The queries also filter on <c>symbol</c>, although they are scoped to
/// its partition, because the Cosmos DB test server (@vercel/cosmosdb-server 1.0.1) ignores the
/// partition key of a query and returns rows of every partition.
/// </summary>
public sealed class CosmosMarketDataReader(CosmosDatabase database) : IMarketDataReader
{
    private const string FirstPageQuery =
        "SELECT TOP @limit * FROM c WHERE c.symbol = @symbol AND c.kind = @kind AND c.interval = @interval AND c.start >= @from AND c.start < @to ORDER BY c.start";

    private const string NextPageQuery =
        "SELECT TOP @limit * FROM c WHERE c.symbol = @symbol AND c.kind = @kind AND c.interval = @interval AND c.start > @after AND c.start < @to ORDER BY c.start";

    private const string LatestQuery =
        "SELECT TOP 1 * FROM c WHERE c.symbol = @symbol AND c.kind = @kind AND c.interval = @interval ORDER BY c.start DESC";

    private readonly Container market = database.Container(TradingContainers.Market);

    public async Task<Quote?> GetQuoteAsync(string symbol, CancellationToken cancellationToken)
    {
        try
        {
            ItemResponse<QuoteDocument> response = await market.ReadItemAsync<QuoteDocument>(symbol, new PartitionKey(symbol), cancellationToken: cancellationToken);
            return response.Resource.Kind == MarketDocumentKinds.Quote ? response.Resource.ToQuote() : null;
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Bar?> GetLatestBarAsync(string symbol, BarInterval interval, CancellationToken cancellationToken)
    {
        QueryDefinition query = new QueryDefinition(LatestQuery)
            .WithParameter("@symbol", symbol)
            .WithParameter("@kind", MarketDocumentKinds.Bar)
            .WithParameter("@interval", interval.ToWireName());

        (List<BarDocument> page, _) = await ReadFirstPageAsync(query, symbol, 1, cancellationToken);
        return page.Count == 0 ? null : page[0].ToBar();
    }

    public async Task<IReadOnlyList<Bar>> GetBarsAsync(
        string symbol,
        BarInterval interval,
        DateTimeOffset from,
        DateTimeOffset to,
        int limit,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var bars = new List<Bar>(Math.Min(limit, 1024));
        if (from >= to)
        {
            return bars;
        }

        string toText = StoredText.FromInstant(to);
        string? after = null;
        while (bars.Count < limit)
        {
            int remaining = limit - bars.Count;
            QueryDefinition query = (after is null
                    ? new QueryDefinition(FirstPageQuery).WithParameter("@from", StoredText.FromInstant(from))
                    : new QueryDefinition(NextPageQuery).WithParameter("@after", after))
                .WithParameter("@limit", remaining)
                .WithParameter("@symbol", symbol)
                .WithParameter("@kind", MarketDocumentKinds.Bar)
                .WithParameter("@interval", interval.ToWireName())
                .WithParameter("@to", toText);

            (List<BarDocument> page, bool serverHasMore) = await ReadFirstPageAsync(query, symbol, remaining, cancellationToken);
            bars.AddRange(page.Select(document => document.ToBar()));

            // A page shorter than requested ends the range unless the server reports more pages. Those
            // are read by a new keyset query, not by the query's continuation token.
            if (page.Count == 0 || (page.Count < remaining && !serverHasMore))
            {
                break;
            }

            after = page[^1].Start;
        }

        return bars;
    }

    private async Task<(List<BarDocument> Page, bool HasMore)> ReadFirstPageAsync(QueryDefinition query, string symbol, int remaining, CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions
        {
            PartitionKey = new PartitionKey(symbol),
            EnableOptimisticDirectExecution = true,
            MaxItemCount = remaining,
        };

        using FeedIterator<BarDocument> iterator = market.GetItemQueryIterator<BarDocument>(query, requestOptions: options);
        if (!iterator.HasMoreResults)
        {
            return ([], false);
        }

        FeedResponse<BarDocument> response = await iterator.ReadNextAsync(cancellationToken);
        return ([.. response], iterator.HasMoreResults);
    }
}
