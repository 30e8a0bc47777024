namespace Trading.MarketData;

/// <summary>
/// Validates and stores one batch of raw market-data messages (JSON trades and bars) as the Kafka
/// trigger delivers them. Each message is judged on its own: a bad one is dead-lettered with its reason
/// and never fails the batch, because the Kafka extension commits offsets even when the function throws.
/// </summary>
public interface IMarketDataIngestion
{
    Task<IngestionReport> IngestBatchAsync(IReadOnlyList<string> messages, CancellationToken cancellationToken);
}
