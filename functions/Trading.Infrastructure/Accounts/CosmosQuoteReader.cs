using System.Net;
using Microsoft.Azure.Cosmos;
using Trading.Infrastructure.Cosmos;
using Trading.Portfolio;

namespace Trading.Infrastructure.Accounts;

/// <summary>
/// Reads last prices from the <c>market</c> container, one point read per symbol: the document with id
/// <c>"quote"</c> in the symbol's partition, shaped <c>{id, symbol, price, timestamp}</c> with the price
/// as a decimal string. A symbol without that document has no known price.
/// </summary>
/// <remarks>
/// NOTE: this document shape is this reader's assumption, because no Cosmos DB quote store exists yet.
/// Once the market-data feature registers its <c>IMarketDataReader</c>, register
/// <see cref="MarketDataQuoteReader"/> instead, so portfolios read the quotes that ingestion stores.
/// </remarks>
public sealed class CosmosQuoteReader(CosmosDatabase database) : IQuoteReader
{
    private readonly Container container = database.Container(TradingContainers.Market);

    public async Task<IReadOnlyDictionary<string, decimal>> GetLastPricesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken)
    {
        var reads = symbols.Distinct(StringComparer.Ordinal).Select(symbol => ReadPriceAsync(symbol, cancellationToken));
        var prices = await Task.WhenAll(reads);
        return prices
            .Where(price => price.Price is not null)
            .ToDictionary(price => price.Symbol, price => price.Price!.Value, StringComparer.Ordinal);
    }

    private async Task<(string Symbol, decimal? Price)> ReadPriceAsync(string symbol, CancellationToken cancellationToken)
    {
        try
        {
            var response = await container.ReadItemAsync<QuoteDocument>(QuoteDocument.DocumentId, new PartitionKey(symbol), cancellationToken: cancellationToken);
            return (symbol, StoredDecimal.Parse(response.Resource.Price, "price"));
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return (symbol, null);
        }
    }
}
