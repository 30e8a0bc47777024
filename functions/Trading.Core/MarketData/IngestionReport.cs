namespace Trading.MarketData;

/// <summary>Counts for one ingested batch: stored messages, duplicates that changed nothing, dead letters.</summary>
public sealed record IngestionReport(int Accepted, int Duplicates, int DeadLettered);
