using Microsoft.Extensions.Logging;

namespace Trading.MarketData;

public sealed partial class MarketDataIngestion
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "Dead-lettered market-data message {DeadLetterId}: {Reason}")]
    private partial void LogDeadLettered(string deadLetterId, string reason);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Ingested market-data batch of {MessageCount}: {Accepted} accepted, {Duplicates} duplicate, {DeadLettered} dead-lettered")]
    private partial void LogBatchIngested(int messageCount, int accepted, int duplicates, int deadLettered);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Storing a market-data batch of {MessageCount} failed; the whole batch can be retried because writes are idempotent")]
    private partial void LogStoreFailed(Exception exception, int messageCount);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Sending {Count} market {EventKind} notifications failed; the stored data is unaffected")]
    private partial void LogNotifyFailed(Exception exception, int count, string eventKind);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error, Message = "Parsing market-data message {DeadLetterId} threw; it is dead-lettered")]
    private partial void LogParserFailed(Exception exception, string deadLetterId);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Dead-lettered {Suppressed} more messages in this batch without logging each")]
    private partial void LogDeadLettersSuppressed(int suppressed);
}
