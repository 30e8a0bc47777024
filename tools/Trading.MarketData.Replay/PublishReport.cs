namespace Trading.MarketData.Replay;

/// <summary>Outcome of one publish run: broker-acknowledged records, failed records and the first failure's reason.</summary>
public sealed record PublishReport(int Delivered, int Failed, string? FirstError);
