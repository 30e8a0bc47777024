namespace Trading.MarketData.Replay;

/// <summary>One generated trade; <see cref="TradeId"/> is unique per symbol, seed and sequence number.</summary>
public sealed record SyntheticTrade(string Symbol, decimal Price, decimal Size, DateTimeOffset Timestamp, string TradeId);
