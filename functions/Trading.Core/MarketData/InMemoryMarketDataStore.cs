namespace Trading.MarketData;

/// <summary>
/// Process-local store that follows the <see cref="IMarketDataStore"/> contract exactly, behind one lock.
/// It is the development default when no database is configured and the reference the unit tests and
/// benchmarks run against. Contents are lost when the process ends.
/// </summary>
public sealed class InMemoryMarketDataStore : IMarketDataStore, IMarketDataReader
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Quote> quotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bar> bars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MinuteBarState> minuteStates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeadLetter> deadLetters = new(StringComparer.Ordinal);

    public IReadOnlyList<Quote> Quotes
    {
        get { lock (gate) { return [.. quotes.Values]; } }
    }

    public IReadOnlyList<Bar> Bars
    {
        get { lock (gate) { return [.. bars.Values]; } }
    }

    public IReadOnlyList<DeadLetter> DeadLetters
    {
        get { lock (gate) { return [.. deadLetters.Values]; } }
    }

    public Task<IReadOnlyList<Quote>> UpsertQuotesAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken)
    {
        var written = new List<Quote>(quotes.Count);
        lock (gate)
        {
            foreach (Quote quote in quotes)
            {
                if (!this.quotes.TryGetValue(quote.Symbol, out Quote? stored) || quote.IsNewerThan(stored))
                {
                    this.quotes[quote.Symbol] = quote;
                    written.Add(quote);
                }
            }
        }

        return Task.FromResult<IReadOnlyList<Quote>>(written);
    }

    public Task<IReadOnlyList<Bar>> UpsertBarsAsync(IReadOnlyList<Bar> bars, CancellationToken cancellationToken)
    {
        var changed = new List<Bar>(bars.Count);
        lock (gate)
        {
            foreach (Bar bar in bars)
            {
                string id = bar.Id;
                if (this.bars.TryGetValue(id, out Bar? stored) && stored == bar)
                {
                    continue;
                }

                this.bars[id] = bar;
                minuteStates.Remove(id);
                changed.Add(bar);
            }
        }

        return Task.FromResult<IReadOnlyList<Bar>>(changed);
    }

    public Task<IReadOnlyList<TradeFoldResult>> FoldTradesAsync(IReadOnlyList<MinuteTrades> updates, CancellationToken cancellationToken)
    {
        var results = new List<TradeFoldResult>(updates.Count);
        lock (gate)
        {
            foreach (MinuteTrades update in updates)
            {
                string id = update.BarId;
                if (bars.TryGetValue(id, out Bar? stored) && stored.Origin != BarOrigin.Trades)
                {
                    results.Add(new TradeFoldResult(stored, 0, 0, update.Trades.Count));
                    continue;
                }

                minuteStates.TryGetValue(id, out MinuteBarState? state);
                (MinuteBarState? next, int applied, int duplicates) = MinuteBarFold.Apply(state, update);
                if (applied > 0)
                {
                    minuteStates[id] = next!;
                    bars[id] = next!.Bar;
                }

                results.Add(new TradeFoldResult(next!.Bar, applied, duplicates, 0));
            }
        }

        return Task.FromResult<IReadOnlyList<TradeFoldResult>>(results);
    }

    public Task AddDeadLettersAsync(IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (DeadLetter deadLetter in deadLetters)
            {
                this.deadLetters.TryAdd(deadLetter.Id, deadLetter);
            }
        }

        return Task.CompletedTask;
    }

    public Task<Quote?> GetQuoteAsync(string symbol, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(quotes.GetValueOrDefault(symbol));
        }
    }

    public Task<Bar?> GetLatestBarAsync(string symbol, BarInterval interval, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Bar? latest = bars.Values
                .Where(bar => bar.Symbol == symbol && bar.Interval == interval)
                .MaxBy(bar => bar.Start);
            return Task.FromResult(latest);
        }
    }

    public Task<IReadOnlyList<Bar>> GetBarsAsync(string symbol, BarInterval interval, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Bar[] found = bars.Values
                .Where(bar => bar.Symbol == symbol && bar.Interval == interval && bar.Start >= from && bar.Start < to)
                .OrderBy(bar => bar.Start)
                .Take(limit)
                .ToArray();
            return Task.FromResult<IReadOnlyList<Bar>>(found);
        }
    }
}
