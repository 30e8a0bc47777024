using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Trading.Backtesting.Engine;
using Trading.Backtesting.Strategies;

namespace Trading.Benchmarks.Backtesting;

/// <summary>
/// The product's engine path on 10 million synthetic bars: <see cref="BacktestEngine.RunSymbol"/> (what a
/// fan-out activity runs: rule, fills, costs, equity curve, trades, statistics) and the same plus
/// <see cref="PortfolioCombiner.Combine"/>. Bars per second = 1e7 / mean time. A bare pass over two arrays is
/// the floor for comparison. Short job because the benchmark machine is small and shared.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class BacktestEngineBenchmarks
{
    public const int BarCount = 10_000_000;

    private readonly SmaCrossoverParameters _parameters = new()
    {
        Symbols = ["SYNTH"],
        FastPeriod = 20,
        SlowPeriod = 50,
        // Small costs: about 100,000 round trips at a few bps each would shrink the equity towards 1e-50.
        CommissionBps = 0.1,
        SlippageBps = 0.1,
    };

    private BarSeries _bars = null!;

    [GlobalSetup]
    public void CreateBars() => _bars = SyntheticBars.Create(BarCount);

    [Benchmark(Description = "RunSymbol SMA 20/50 with costs and statistics")]
    public double RunSymbolSmaCrossover() =>
        BacktestEngine.RunSymbol(_parameters, _bars, 100_000).FinalEquity;

    [Benchmark(Description = "RunSymbol + PortfolioCombiner.Combine")]
    public double RunSymbolAndCombine() =>
        PortfolioCombiner.Combine([BacktestEngine.RunSymbol(_parameters, _bars, 100_000)]).FinalEquity;

    [Benchmark(Baseline = true, Description = "Bare pass over open and close")]
    public double BarePass()
    {
        double[] open = _bars.Open;
        double[] close = _bars.Close;
        double sum = 0.0;
        for (int i = 0; i < close.Length && i < open.Length; i++)
        {
            sum += close[i] - open[i];
        }

        return sum;
    }
}
