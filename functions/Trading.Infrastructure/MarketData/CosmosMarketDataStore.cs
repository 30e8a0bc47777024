using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Trading.Infrastructure.Cosmos;
using Trading.MarketData;

namespace Trading.Infrastructure.MarketData;

/// <summary>
/// <see cref="IMarketDataStore"/> on Cosmos DB. Quotes and bars live in the <c>market</c> container
/// (partition = symbol), dead letters in <c>dead_letters</c>. Each document of a batch is written by its
/// own request, up to <see cref="MarketDataStoreOptions.MaxConcurrentWrites"/> at once. Every
/// read-modify-write is conditional (create fails with 409 when the document exists, replace with 412
/// when its ETag changed) and is redone on the fresh document, at most
/// <see cref="MarketDataStoreOptions.MaxConflictAttempts"/> times. After that the call throws and the
/// caller retries the batch, which the idempotent writes make safe.
/// </summary>
public sealed partial class CosmosMarketDataStore(
    CosmosDatabase database,
    IOptions<MarketDataStoreOptions> options,
    ILogger<CosmosMarketDataStore> logger) : IMarketDataStore
{
    private readonly Container market = database.Container(TradingContainers.Market);
    private readonly Container deadLetterContainer = database.Container(TradingContainers.DeadLetters);
    private readonly MarketDataStoreOptions settings = options.Value;

    public async Task<IReadOnlyList<Quote>> UpsertQuotesAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken)
    {
        var written = new bool[quotes.Count];
        await ForEachAsync(quotes.Count, async (index, token) => written[index] = await UpsertQuoteAsync(quotes[index], token), cancellationToken);
        return [.. quotes.Where((_, index) => written[index])];
    }

    public async Task<IReadOnlyList<Bar>> UpsertBarsAsync(IReadOnlyList<Bar> bars, CancellationToken cancellationToken)
    {
        // Bars with the same id are written one after another in input order, so the last one wins as
        // in the reference store. Bars with different ids are written concurrently.
        var groups = bars.Select((bar, index) => (Bar: bar, Index: index)).GroupBy(pair => pair.Bar.Id, StringComparer.Ordinal).ToArray();
        var changed = new bool[bars.Count];
        await ForEachAsync(
            groups.Length,
            async (group, token) =>
            {
                foreach ((Bar bar, int index) in groups[group])
                {
                    changed[index] = await UpsertBarAsync(bar, token);
                }
            },
            cancellationToken);
        return [.. bars.Where((_, index) => changed[index])];
    }

    public async Task AddDeadLettersAsync(IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken)
    {
        await ForEachAsync(
            deadLetters.Count,
            async (index, token) =>
            {
                DeadLetter deadLetter = deadLetters[index];
                try
                {
                    await deadLetterContainer.CreateItemAsync(DeadLetterDocument.From(deadLetter), new PartitionKey(deadLetter.Id), WriteOptions(null), token);
                }
                catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
                {
                    // Already stored by an earlier delivery, so its first reception time stays.
                }
            },
            cancellationToken);
    }

    private async Task<bool> UpsertQuoteAsync(Quote quote, CancellationToken cancellationToken)
    {
        var key = new PartitionKey(quote.Symbol);
        for (int attempt = 1; ; attempt++)
        {
            (QuoteDocument? stored, string? etag) = await TryReadAsync<QuoteDocument>(quote.Symbol, key, cancellationToken);
            if (stored is not null && !quote.IsNewerThan(stored.ToQuote()))
            {
                return false;
            }

            try
            {
                await WriteAsync(QuoteDocument.From(quote), quote.Symbol, key, etag, cancellationToken);
                return true;
            }
            catch (CosmosException exception) when (IsLostRace(exception) && attempt < settings.MaxConflictAttempts)
            {
                await BackOffAsync(quote.Symbol, attempt, exception.StatusCode, cancellationToken);
            }
        }
    }

    private async Task<bool> UpsertBarAsync(Bar bar, CancellationToken cancellationToken)
    {
        var key = new PartitionKey(bar.Symbol);
        BarDocument document = BarDocument.From(bar);

        // Create first: most bars are new, so the common case is one request. An existing bar makes
        // the create fail with 409, and the bar is then compared with the stored one.
        string? etag = null;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAsync(document, bar.Id, key, etag, cancellationToken);
                return true;
            }
            catch (CosmosException exception) when (IsLostRace(exception) && attempt < settings.MaxConflictAttempts)
            {
                if (attempt > 1)
                {
                    await BackOffAsync(bar.Id, attempt - 1, exception.StatusCode, cancellationToken);
                }

                (BarDocument? stored, string? storedEtag) = await TryReadAsync<BarDocument>(bar.Id, key, cancellationToken);
                if (stored is not null && stored.ToBar() == bar)
                {
                    return false;
                }

                etag = storedEtag;
            }
        }
    }

    private async Task<(T? Document, string? ETag)> TryReadAsync<T>(string id, PartitionKey key, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            ItemResponse<T> response = await market.ReadItemAsync<T>(id, key, cancellationToken: cancellationToken);
            return (response.Resource, response.ETag);
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, null);
        }
    }

    /// <summary>Creates the document when <paramref name="etag"/> is null, otherwise replaces it if its ETag is unchanged.</summary>
    private Task WriteAsync<T>(T document, string id, PartitionKey key, string? etag, CancellationToken cancellationToken) =>
        etag is null
            ? market.CreateItemAsync(document, key, WriteOptions(null), cancellationToken)
            : market.ReplaceItemAsync(document, id, key, WriteOptions(etag), cancellationToken);

    private static ItemRequestOptions WriteOptions(string? etag) => new() { IfMatchEtag = etag, EnableContentResponseOnWrite = false };

    private static bool IsLostRace(CosmosException exception) =>
        exception.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed;

    /// <summary>Waits a short random time so writers that collided on one document do not collide again in step.</summary>
    private Task BackOffAsync(string id, int attempt, HttpStatusCode status, CancellationToken cancellationToken)
    {
        LogWriteConflict(id, (int)status, attempt);
        int maxMilliseconds = Math.Min(2 << Math.Min(attempt, 6), 100);
        return Task.Delay(Random.Shared.Next(1, maxMilliseconds + 1), cancellationToken);
    }

    private Task ForEachAsync(int count, Func<int, CancellationToken, ValueTask> body, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return Task.CompletedTask;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxConcurrentWrites), CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, body);
    }

    [LoggerMessage(EventId = 3200, Level = LogLevel.Debug, Message = "Market document {DocumentId} changed concurrently (status {Status}); attempt {Attempt} is redone on the fresh document")]
    private partial void LogWriteConflict(string documentId, int status, int attempt);
}
