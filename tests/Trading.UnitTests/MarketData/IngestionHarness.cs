using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Trading.MarketData;

namespace Trading.UnitTests.MarketData;

/// <summary>The ingestion service wired to the in-memory store, a manual clock and a recording notifier.</summary>
internal sealed class IngestionHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 15, 30, 20, TimeSpan.Zero);

    private readonly TestMeterFactory meterFactory = new();
    private readonly MeterListener listener = new();

    public IngestionHarness()
    {
        Clock = new ManualClock(Now);
        var parser = new MarketMessageParser(Clock);
        Ingestion = new MarketDataIngestion(
            Store,
            Notifier,
            parser,
            new OpenMinuteBarTracker(Clock),
            new MarketDataMetrics(meterFactory),
            Clock,
            NullLogger<MarketDataIngestion>.Instance);

        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Scope == meterFactory.Scope)
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (Counters)
            {
                Counters[instrument.Name] = Counters.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();
    }

    public ManualClock Clock { get; }

    public InMemoryMarketDataStore Store { get; } = new();

    public RecordingNotifier Notifier { get; } = new();

    public MarketDataIngestion Ingestion { get; }

    public Dictionary<string, long> Counters { get; } = [];

    public Task<IngestionReport> IngestAsync(params string[] messages) => Ingestion.IngestBatchAsync(messages, CancellationToken.None);

    public static string TradeJson(string symbol, decimal price, decimal size, DateTimeOffset timestamp) =>
        $$"""{"type":"trade","symbol":"{{symbol}}","price":{{price}},"size":{{size}},"timestamp":"{{timestamp.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}"}""";

    public void Dispose()
    {
        listener.Dispose();
        meterFactory.Dispose();
    }
}
