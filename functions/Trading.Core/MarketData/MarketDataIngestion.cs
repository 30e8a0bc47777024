using Microsoft.Extensions.Logging;

namespace Trading.MarketData;

/// <summary>
/// Validates each message on its own, folds trades into one-minute bars and the latest quote per
/// symbol, stores bar messages as given, and dead-letters invalid messages with their reason. A bad
/// message never fails the batch. The call throws only when the store fails (or on cancellation), and
/// retrying the whole batch is then safe because every store write is idempotent.
/// </summary>
public sealed partial class MarketDataIngestion(
    IMarketDataStore store,
    IMarketNotifier notifier,
    MarketMessageParser parser,
    OpenMinuteBarTracker openBars,
    MarketDataMetrics metrics,
    TimeProvider timeProvider,
    ILogger<MarketDataIngestion> logger) : IMarketDataIngestion
{
    /// <summary>Dead letters logged one by one per batch; the rest are counted in one summary line.</summary>
    private const int MaxDeadLetterLogsPerBatch = 10;

    public async Task<IngestionReport> IngestBatchAsync(IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        IngestionBatch batch = Sort(messages);

        IReadOnlyList<Quote> writtenQuotes;
        IReadOnlyList<Bar> changedBars;
        IReadOnlyList<TradeFoldResult> folds;
        try
        {
            if (batch.DeadLetters.Count > 0)
            {
                await store.AddDeadLettersAsync(batch.DeadLetters, cancellationToken);
            }

            changedBars = batch.Bars.Count > 0 ? await store.UpsertBarsAsync(batch.Bars, cancellationToken) : [];
            IReadOnlyList<MinuteTrades> minutes = batch.GroupTradesByMinute();
            folds = minutes.Count > 0 ? await store.FoldTradesAsync(minutes, cancellationToken) : [];
            IReadOnlyList<Quote> quotes = batch.LatestQuotes();
            writtenQuotes = quotes.Count > 0 ? await store.UpsertQuotesAsync(quotes, cancellationToken) : [];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStoreFailed(exception, messages.Count);
            throw;
        }

        int foldDuplicates = folds.Sum(fold => fold.Duplicates);
        int duplicates = batch.DuplicatesInBatch + foldDuplicates + (batch.Bars.Count - changedBars.Count);
        var report = new IngestionReport(messages.Count - duplicates - batch.DeadLetters.Count, duplicates, batch.DeadLetters.Count);
        metrics.Record(report);
        LogBatchIngested(messages.Count, report.Accepted, report.Duplicates, report.DeadLettered);

        List<Bar> closedBars = [.. changedBars];
        closedBars.AddRange(openBars.Update([.. folds.Where(fold => fold.Applied > 0 && fold.Bar.Origin == BarOrigin.Trades).Select(fold => fold.Bar)]));
        await NotifyAsync(writtenQuotes, closedBars, cancellationToken);
        return report;
    }

    private IngestionBatch Sort(IReadOnlyList<string> messages)
    {
        var batch = new IngestionBatch(messages.Count);
        DateTimeOffset receivedAt = timeProvider.GetUtcNow();
        foreach (string raw in messages)
        {
            ParsedMarketMessage parsed;
            try
            {
                parsed = parser.Parse(raw ?? string.Empty);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The parser reports rule failures as values; an exception here is a defect, and one
                // message must still not stop the batch.
                DeadLetter failed = DeadLetter.Create(raw ?? string.Empty, null, "internal error while parsing; see the service log", receivedAt);
                LogParserFailed(exception, failed.Id);
                batch.DeadLetters.Add(failed);
                continue;
            }

            switch (parsed.Kind)
            {
                case MarketMessageKind.Trade:
                    batch.AddTrade(parsed.Trade!);
                    break;
                case MarketMessageKind.Bar:
                    batch.Bars.Add(parsed.Bar!);
                    break;
                default:
                    DeadLetter deadLetter = DeadLetter.Create(raw ?? string.Empty, parsed.Field, parsed.DescribeRejection(), receivedAt);
                    if (batch.DeadLetters.Count < MaxDeadLetterLogsPerBatch)
                    {
                        LogDeadLettered(deadLetter.Id, deadLetter.Reason);
                    }

                    batch.DeadLetters.Add(deadLetter);
                    break;
            }
        }

        if (batch.DeadLetters.Count > MaxDeadLetterLogsPerBatch)
        {
            LogDeadLettersSuppressed(batch.DeadLetters.Count - MaxDeadLetterLogsPerBatch);
        }

        return batch;
    }

    private async Task NotifyAsync(IReadOnlyList<Quote> quotes, IReadOnlyList<Bar> closedBars, CancellationToken cancellationToken)
    {
        if (quotes.Count > 0)
        {
            try
            {
                await notifier.QuotesUpdatedAsync(quotes, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogNotifyFailed(exception, quotes.Count, "quote");
            }
        }

        if (closedBars.Count > 0)
        {
            try
            {
                await notifier.BarsClosedAsync(closedBars, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogNotifyFailed(exception, closedBars.Count, "bar");
            }
        }
    }
}
