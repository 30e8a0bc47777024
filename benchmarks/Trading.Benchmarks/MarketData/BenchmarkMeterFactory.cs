using System.Diagnostics.Metrics;

namespace Trading.Benchmarks.MarketData;

/// <summary>One shared meter for all benchmark invocations; nothing listens, as in a host without an exporter.</summary>
internal sealed class BenchmarkMeterFactory : IMeterFactory
{
    public static readonly BenchmarkMeterFactory Instance = new();

    private readonly Dictionary<string, Meter> meters = [];

    public Meter Create(MeterOptions options)
    {
        lock (meters)
        {
            if (!meters.TryGetValue(options.Name, out Meter? meter))
            {
                meter = new Meter(options);
                meters[options.Name] = meter;
            }

            return meter;
        }
    }

    public void Dispose()
    {
    }
}
