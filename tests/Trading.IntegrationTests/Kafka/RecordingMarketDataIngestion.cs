using System.Collections.Concurrent;
using Trading.MarketData;

namespace Trading.IntegrationTests.Kafka;

/// <summary>
/// Stand-in for the ingestion service that records every batch it is handed, for tests of delivery
/// mechanics only. For the given call numbers (1-based) it throws after recording the batch.
/// </summary>
internal sealed class RecordingMarketDataIngestion(params int[] failingCalls) : IMarketDataIngestion
{
    private readonly ConcurrentQueue<IReadOnlyList<string>> _batches = new();
    private int _calls;

    public IReadOnlyList<IReadOnlyList<string>> Batches => _batches.ToArray();

    public IReadOnlyList<string> Messages => _batches.SelectMany(batch => batch).ToArray();

    public Task<IngestionReport> IngestBatchAsync(IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        _batches.Enqueue(messages.ToArray());
        int call = Interlocked.Increment(ref _calls);
        if (failingCalls.Contains(call))
        {
            throw new InvalidOperationException($"Simulated storage failure on ingestion call {call}.");
        }

        return Task.FromResult(new IngestionReport(messages.Count, 0, 0));
    }
}
