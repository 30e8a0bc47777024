using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>
/// Kafka-triggered entry point for market data that other systems publish (JSON trades and bars). It hands
/// each batch to <see cref="IMarketDataIngestion"/> unchanged, because validation, dead-lettering and
/// idempotent writes belong to that service.
/// </summary>
public sealed partial class MarketDataKafkaFunction(IMarketDataIngestion ingestion, ILogger<MarketDataKafkaFunction> logger)
{
    /// <summary>App setting names the trigger reads; docs/kafka.md lists values for each broker kind.</summary>
    public const string BrokerListSetting = "KafkaBrokerList";
    public const string TopicSetting = "KafkaMarketDataTopic";
    public const string ConsumerGroupSetting = "KafkaConsumerGroup";

    /// <summary>
    /// Ingests one batch. A bad message never throws here: the ingestion service dead-letters it, because
    /// the Kafka extension commits the batch's offsets even when the function fails. An exception from the
    /// ingestion service itself (storage down) is logged and rethrown so that the host's retry policy runs
    /// the same batch again before the offsets move on.
    /// </summary>
    [Function(nameof(IngestMarketData))]
    [ExponentialBackoffRetry(5, "00:00:02", "00:01:00")]
    public async Task IngestMarketData(
        [KafkaTrigger(
            "%" + BrokerListSetting + "%",
            "%" + TopicSetting + "%",
            ConsumerGroup = "%" + ConsumerGroupSetting + "%",
            IsBatched = true,
            Protocol = KafkaTriggerSecurity.Protocol,
            AuthenticationMode = KafkaTriggerSecurity.AuthenticationMode,
            Username = KafkaTriggerSecurity.UsernameSetting,
            Password = KafkaTriggerSecurity.PasswordSetting)] string[] messages,
        CancellationToken cancellationToken)
    {
        if (messages is null || messages.Length == 0)
        {
            return;
        }

        // A record with a null value (a tombstone) arrives as null. The service gets an empty string instead,
        // which it dead-letters as an empty message, so the record is counted and the batch goes on.
        var batch = Array.ConvertAll(messages, message => message ?? string.Empty);

        IngestionReport report;
        try
        {
            report = await ingestion.IngestBatchAsync(batch, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogBatchFailed(logger, exception, batch.Length);
            throw;
        }

        if (report.DeadLettered > 0)
        {
            LogBatchIngestedWithDeadLetters(logger, batch.Length, report.Accepted, report.Duplicates, report.DeadLettered);
        }
        else
        {
            LogBatchIngested(logger, batch.Length, report.Accepted, report.Duplicates);
        }
    }
}
