using Trading.MarketData;

namespace Trading.Benchmarks.MarketData;

/// <summary>
/// Store that keeps nothing and reports every write as a change, so a benchmark measures parsing,
/// validation and batching alone. Fold results carry a placeholder bar built from the first trade.
/// </summary>
internal sealed class NoOpMarketDataStore : IMarketDataStore
{
    public Task<IReadOnlyList<Quote>> UpsertQuotesAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken) => Task.FromResult(quotes);

    public Task<IReadOnlyList<Bar>> UpsertBarsAsync(IReadOnlyList<Bar> bars, CancellationToken cancellationToken) => Task.FromResult(bars);

    public Task<IReadOnlyList<TradeFoldResult>> FoldTradesAsync(IReadOnlyList<MinuteTrades> updates, CancellationToken cancellationToken)
    {
        var results = new TradeFoldResult[updates.Count];
        for (int i = 0; i < updates.Count; i++)
        {
            Trade first = updates[i].Trades[0];
            var bar = new Bar(first.Symbol, BarInterval.OneMinute, updates[i].Start, first.Price, first.Price, first.Price, first.Price, first.Size, BarOrigin.Trades);
            results[i] = new TradeFoldResult(bar, updates[i].Trades.Count, 0, 0);
        }

        return Task.FromResult<IReadOnlyList<TradeFoldResult>>(results);
    }

    public Task AddDeadLettersAsync(IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken) => Task.CompletedTask;
}
