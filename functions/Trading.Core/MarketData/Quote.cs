namespace Trading.MarketData;

/// <summary>
/// Latest trade of a symbol. Quotes are ordered by (<see cref="Timestamp"/>, <see cref="TradeId"/>
/// ordinal), so two trades with the same timestamp still have one deterministic winner whatever order
/// they arrive in.
/// </summary>
public sealed record Quote(string Symbol, decimal Price, decimal Size, DateTimeOffset Timestamp, string TradeId)
{
    /// <summary>Tells whether this quote comes after <paramref name="other"/> in quote order.</summary>
    public bool IsNewerThan(Quote other)
    {
        int byTime = Timestamp.UtcTicks.CompareTo(other.Timestamp.UtcTicks);
        return byTime != 0 ? byTime > 0 : string.CompareOrdinal(TradeId, other.TradeId) > 0;
    }
}
