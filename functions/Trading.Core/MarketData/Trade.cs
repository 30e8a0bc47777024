namespace Trading.MarketData;

/// <summary>
/// One validated trade message: a positive price and size at a UTC timestamp. <c>TradeId</c> is the
/// deterministic dedupe key from <see cref="TradeIds.Create"/>.
/// </summary>
public sealed record Trade(string Symbol, decimal Price, decimal Size, DateTimeOffset Timestamp, string TradeId)
{
    public Quote ToQuote() => new(Symbol, Price, Size, Timestamp, TradeId);
}
