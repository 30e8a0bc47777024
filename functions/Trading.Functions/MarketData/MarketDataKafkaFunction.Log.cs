using Microsoft.Extensions.Logging;

namespace Trading.Functions.MarketData;

public sealed partial class MarketDataKafkaFunction
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "Ingested a Kafka batch of {MessageCount} market-data messages: {Accepted} accepted, {Duplicates} duplicates")]
    private static partial void LogBatchIngested(ILogger logger, int messageCount, int accepted, int duplicates);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning,
        Message = "Ingested a Kafka batch of {MessageCount} market-data messages: {Accepted} accepted, {Duplicates} duplicates, {DeadLettered} dead-lettered")]
    private static partial void LogBatchIngestedWithDeadLetters(ILogger logger, int messageCount, int accepted, int duplicates, int deadLettered);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error,
        Message = "Ingestion of a Kafka batch of {MessageCount} market-data messages failed; the retry policy runs the batch again")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int messageCount);
}
