namespace Trading.MarketData;

/// <summary>
/// Decides when a one-minute bar folded from trades is closed: once its minute has ended by the clock,
/// or once a trade of a later minute of the same symbol was folded. It keeps the newest open bar per
/// symbol until then. Thread-safe, because Kafka batches of different partitions may be ingested at once.
/// </summary>
/// <remarks>
/// NOTE: the open bars live in this process only. After a restart, a bar that was open when the process
/// stopped is reported closed only if another trade of its minute arrives.
/// </remarks>
public sealed class OpenMinuteBarTracker(TimeProvider timeProvider)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Bar> openBars = new(StringComparer.Ordinal);

    /// <summary>
    /// Records the bars just folded from trades and returns every bar that is closed now, each once
    /// per call, including earlier open bars that the clock or these bars have closed.
    /// </summary>
    public IReadOnlyList<Bar> Update(IReadOnlyList<Bar> foldedBars)
    {
        DateTimeOffset now = timeProvider.GetUtcNow();
        var newestStart = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (Bar bar in foldedBars)
        {
            if (!newestStart.TryGetValue(bar.Symbol, out DateTimeOffset start) || bar.Start > start)
            {
                newestStart[bar.Symbol] = bar.Start;
            }
        }

        var closed = new Dictionary<string, Bar>(StringComparer.Ordinal);
        lock (gate)
        {
            foreach (Bar bar in foldedBars)
            {
                openBars.TryGetValue(bar.Symbol, out Bar? open);
                bool laterMinuteSeen = bar.Start < newestStart[bar.Symbol] || (open is not null && bar.Start < open.Start);
                if (laterMinuteSeen || IsOver(bar, now))
                {
                    closed[bar.Id] = bar;
                }
                else
                {
                    if (open is not null && open.Start < bar.Start)
                    {
                        closed.TryAdd(open.Id, open);
                    }

                    openBars[bar.Symbol] = bar;
                }
            }

            foreach ((string symbol, Bar open) in openBars.ToArray())
            {
                bool superseded = newestStart.TryGetValue(symbol, out DateTimeOffset newest) && open.Start < newest;
                if (superseded || IsOver(open, now))
                {
                    openBars.Remove(symbol);
                    closed.TryAdd(open.Id, open);
                }
            }
        }

        return [.. closed.Values];
    }

    private static bool IsOver(Bar bar, DateTimeOffset now) => bar.Start + bar.Interval.Length() <= now;
}
