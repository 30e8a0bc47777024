using System.Diagnostics.Metrics;

namespace Trading.MarketData;

/// <summary>Counters of the ingestion service, on the meter <see cref="MeterName"/>.</summary>
public sealed class MarketDataMetrics
{
    public const string MeterName = "Trading.MarketData";

    private readonly Counter<long> accepted;
    private readonly Counter<long> duplicates;
    private readonly Counter<long> deadLettered;

    public MarketDataMetrics(IMeterFactory meterFactory)
    {
        Meter meter = meterFactory.Create(MeterName);
        accepted = meter.CreateCounter<long>("trading.market_data.messages.accepted", "{message}", "Messages that changed stored market data.");
        duplicates = meter.CreateCounter<long>("trading.market_data.messages.duplicate", "{message}", "Valid messages that were already stored.");
        deadLettered = meter.CreateCounter<long>("trading.market_data.messages.dead_lettered", "{message}", "Messages rejected by validation and dead-lettered.");
    }

    public void Record(IngestionReport report)
    {
        accepted.Add(report.Accepted);
        duplicates.Add(report.Duplicates);
        deadLettered.Add(report.DeadLettered);
    }
}
