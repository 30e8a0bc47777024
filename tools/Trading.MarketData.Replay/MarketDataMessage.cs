namespace Trading.MarketData.Replay;

/// <summary>One Kafka record to publish: the symbol as key, so a symbol's messages share a partition, and the JSON value.</summary>
public sealed record MarketDataMessage(string Key, string Value);
