using System.Diagnostics.Metrics;

namespace Trading.UnitTests.MarketData;

/// <summary>Creates meters tagged with a per-instance scope, so parallel tests read only their own counters.</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> meters = [];

    public object Scope { get; } = new();

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = Scope });
        meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        foreach (Meter meter in meters)
        {
            meter.Dispose();
        }
    }
}
