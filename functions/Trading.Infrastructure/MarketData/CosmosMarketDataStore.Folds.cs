using Microsoft.Azure.Cosmos;
using Trading.MarketData;

namespace Trading.Infrastructure.MarketData;

public sealed partial class CosmosMarketDataStore
{
    public async Task<IReadOnlyList<TradeFoldResult>> FoldTradesAsync(IReadOnlyList<MinuteTrades> updates, CancellationToken cancellationToken)
    {
        // Updates of the same minute are folded one after another, and MinuteBarFold makes the result
        // independent of their order.
        var groups = updates.Select((update, index) => (Update: update, Index: index)).GroupBy(pair => pair.Update.BarId, StringComparer.Ordinal).ToArray();
        var results = new TradeFoldResult[updates.Count];
        await ForEachAsync(
            groups.Length,
            async (group, token) =>
            {
                foreach ((MinuteTrades update, int index) in groups[group])
                {
                    results[index] = await FoldAsync(update, token);
                }
            },
            cancellationToken);
        return results;
    }

    private async Task<TradeFoldResult> FoldAsync(MinuteTrades update, CancellationToken cancellationToken)
    {
        string id = update.BarId;
        var key = new PartitionKey(update.Symbol);
        for (int attempt = 1; ; attempt++)
        {
            (BarDocument? stored, string? etag) = await TryReadAsync<BarDocument>(id, key, cancellationToken);
            if (stored is not null && stored.Origin != BarOrigin.Trades)
            {
                return new TradeFoldResult(stored.ToBar(), 0, 0, update.Trades.Count);
            }

            (MinuteBarState? next, int applied, int duplicates) = MinuteBarFold.Apply(stored?.ToMinuteBarState(), update);
            if (applied == 0)
            {
                return new TradeFoldResult(next!.Bar, 0, duplicates, 0);
            }

            try
            {
                await WriteAsync(BarDocument.From(next!), id, key, etag, cancellationToken);
                return new TradeFoldResult(next!.Bar, applied, duplicates, 0);
            }
            catch (CosmosException exception) when (IsLostRace(exception) && attempt < settings.MaxConflictAttempts)
            {
                await BackOffAsync(id, attempt, exception.StatusCode, cancellationToken);
            }
        }
    }
}
