namespace Trading.MarketData;

/// <summary>
/// Folds trades into a one-minute bar so that the result depends only on the set of distinct trades,
/// not on their order or on how often each was delivered. Open and close are the trades with the
/// smallest and largest (timestamp, trade id), high and low the extremes, and volume the sum of sizes of
/// distinct trade ids. Store implementations call <see cref="Apply"/> inside their read-modify-write.
/// </summary>
public static class MinuteBarFold
{
    /// <summary>
    /// Returns the state after folding <paramref name="trades"/> into <paramref name="existing"/> (null for
    /// a minute without a bar yet), with the counts of applied and duplicate trades. The input state is
    /// not modified.
    /// </summary>
    /// <exception cref="ArgumentException">The update has no trades, or a trade is of another symbol or outside the minute.</exception>
    public static (MinuteBarState? State, int Applied, int Duplicates) Apply(MinuteBarState? existing, MinuteTrades trades)
    {
        if (trades.Trades.Count == 0)
        {
            throw new ArgumentException($"The update for {trades.BarId} has no trades.", nameof(trades));
        }

        HashSet<string> ids = existing is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(existing.TradeIds, StringComparer.Ordinal);
        MinuteBarState? state = existing;
        int applied = 0;
        int duplicates = 0;
        decimal high = existing?.Bar.High ?? 0m;
        decimal low = existing?.Bar.Low ?? 0m;
        decimal volume = existing?.Bar.Volume ?? 0m;
        Trade? open = null;
        Trade? close = null;

        foreach (Trade trade in trades.Trades)
        {
            EnsureBelongs(trades, trade);
            if (!ids.Add(trade.TradeId))
            {
                duplicates++;
                continue;
            }

            bool first = state is null && applied == 0;
            high = first ? trade.Price : Math.Max(high, trade.Price);
            low = first ? trade.Price : Math.Min(low, trade.Price);
            volume += trade.Size;
            if (first || IsBefore(trade, open, state?.OpenTimestamp, state?.OpenTradeId))
            {
                open = trade;
            }

            if (first || IsAfter(trade, close, state?.CloseTimestamp, state?.CloseTradeId))
            {
                close = trade;
            }

            applied++;
        }

        if (applied == 0)
        {
            return (existing, 0, duplicates);
        }

        var bar = new Bar(
            trades.Symbol,
            BarInterval.OneMinute,
            trades.Start,
            open?.Price ?? existing!.Bar.Open,
            high,
            low,
            close?.Price ?? existing!.Bar.Close,
            volume,
            BarOrigin.Trades);
        var next = new MinuteBarState(
            bar,
            open?.Timestamp ?? existing!.OpenTimestamp,
            open?.TradeId ?? existing!.OpenTradeId,
            close?.Timestamp ?? existing!.CloseTimestamp,
            close?.TradeId ?? existing!.CloseTradeId,
            ids);
        return (next, applied, duplicates);
    }

    private static bool IsBefore(Trade trade, Trade? current, DateTimeOffset? storedTimestamp, string? storedId)
    {
        (DateTimeOffset timestamp, string id) = current is not null ? (current.Timestamp, current.TradeId) : (storedTimestamp!.Value, storedId!);
        return Compare(trade.Timestamp, trade.TradeId, timestamp, id) < 0;
    }

    private static bool IsAfter(Trade trade, Trade? current, DateTimeOffset? storedTimestamp, string? storedId)
    {
        (DateTimeOffset timestamp, string id) = current is not null ? (current.Timestamp, current.TradeId) : (storedTimestamp!.Value, storedId!);
        return Compare(trade.Timestamp, trade.TradeId, timestamp, id) > 0;
    }

    private static int Compare(DateTimeOffset leftTime, string leftId, DateTimeOffset rightTime, string rightId)
    {
        int byTime = leftTime.UtcTicks.CompareTo(rightTime.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(leftId, rightId);
    }

    private static void EnsureBelongs(MinuteTrades trades, Trade trade)
    {
        if (!string.Equals(trade.Symbol, trades.Symbol, StringComparison.Ordinal) || BarInterval.OneMinute.Floor(trade.Timestamp) != trades.Start)
        {
            throw new ArgumentException($"Trade {trade.TradeId} ({trade.Symbol} at {trade.Timestamp:O}) is not in the minute bar {trades.BarId}.", nameof(trades));
        }
    }
}
