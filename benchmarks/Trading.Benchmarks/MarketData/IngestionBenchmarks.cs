using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Trading.MarketData;

namespace Trading.Benchmarks.MarketData;

/// <summary>
/// Throughput of market-data ingestion per message on one thread: parse and validate only, the whole
/// service over a no-op store, and the whole service folding into the in-memory store. Results are
/// per message because of <see cref="BenchmarkAttribute.OperationsPerInvoke"/>; 100,000 messages/s is
/// 10 µs per message.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IngestionBenchmarks
{
    private const int BatchSize = 10_000;
    private static readonly DateTimeOffset FirstMinute = new(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider clock = new FixedClock(FirstMinute.AddMinutes(10));
    private string[] messages = [];
    private MarketMessageParser parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        messages = MessageGenerator.Create(BatchSize, FirstMinute);
        parser = new MarketMessageParser(clock);
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ParseAndValidate()
    {
        int valid = 0;
        foreach (string message in messages)
        {
            if (parser.Parse(message).IsValid)
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public Task<IngestionReport> IngestionNoOpStore() => CreateIngestion(new NoOpMarketDataStore()).IngestBatchAsync(messages, CancellationToken.None);

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public Task<IngestionReport> IngestionInMemoryStore() => CreateIngestion(new InMemoryMarketDataStore()).IngestBatchAsync(messages, CancellationToken.None);

    private MarketDataIngestion CreateIngestion(IMarketDataStore store) => new(
        store,
        NullMarketNotifier.Instance,
        parser,
        new OpenMinuteBarTracker(clock),
        new MarketDataMetrics(BenchmarkMeterFactory.Instance),
        clock,
        NullLogger<MarketDataIngestion>.Instance);
}
