using Trading.Backtesting.Engine;
using Trading.Backtesting.Indicators;
using Trading.Backtesting.Statistics;
using Trading.Backtesting.Strategies;

namespace Trading.UnitTests.Backtesting;

/// <summary>The engine processes bars in blocks of 4096; these tests cross block boundaries.</summary>
public sealed class BlockProcessingTests
{
    [Fact]
    public void SimpleMovingAverage_BlockUpdate_SameAsPerValueUpdate()
    {
        double[] values = TestBars.RandomValues(1000, seed: 21);
        var perValue = new SimpleMovingAverage(50);
        var block = new SimpleMovingAverage(50);
        double[] averages = new double[values.Length];

        int firstA = block.Update(values.AsSpan(0, 30), averages.AsSpan(0, 30));
        int firstB = block.Update(values.AsSpan(30, 400), averages.AsSpan(30, 400));
        int firstC = block.Update(values.AsSpan(430), averages.AsSpan(430));

        Assert.Equal((30, 19, 0), (firstA, firstB, firstC));
        for (int i = 0; i < values.Length; i++)
        {
            perValue.Update(values[i]);
            Assert.Equal(perValue.Value, averages[i]);
        }
    }

    [Fact]
    public void Accumulator_AddRange_SameAsAddPerPoint()
    {
        double[] equity = TestBars.RandomWalk(5000, seed: 22).Close;
        var perPoint = new EquityStatisticsAccumulator(0.02);
        var ranged = new EquityStatisticsAccumulator(0.02);

        foreach (double value in equity)
        {
            perPoint.Add(value);
        }

        ranged.AddRange(equity.AsSpan(0, 1));
        ranged.AddRange(equity.AsSpan(1, 2999));
        ranged.AddRange(equity.AsSpan(3000));

        // Chunks merge their moments pairwise, so the variance terms agree to rounding, not to the bit.
        PerformanceStatistics expected = perPoint.ToStatistics(default, 0);
        PerformanceStatistics actual = ranged.ToStatistics(default, 0);
        Assert.Equal(expected.TotalReturn, actual.TotalReturn);
        Assert.Equal(expected.MaxDrawdown, actual.MaxDrawdown);
        Assert.Equal(expected.Cagr, actual.Cagr);
        Assert.Equal(expected.BarCount, actual.BarCount);
        Assert.Equal(expected.AnnualizedVolatility, actual.AnnualizedVolatility, 1e-12 * expected.AnnualizedVolatility);
        Assert.Equal(expected.SharpeRatio, actual.SharpeRatio, 1e-12 * Math.Abs(expected.SharpeRatio));
        Assert.Equal(expected.SortinoRatio, actual.SortinoRatio, 1e-12 * Math.Abs(expected.SortinoRatio));
    }

    [Fact]
    public void RunSymbol_SeriesSpanningBlocks_MatchesNaiveReference()
    {
        BarSeries bars = TestBars.RandomWalk(10_000, seed: 23);
        var parameters = new SmaCrossoverParameters { Symbols = ["TEST"], FastPeriod = 7, SlowPeriod = 31 };
        (double[] expectedEquity, int expectedTrades) = NaiveSmaCrossover(bars, 7, 31, 1000.0);

        SymbolBacktestResult result = BacktestEngine.RunSymbol(parameters, bars, 1000.0);

        Assert.Equal(expectedTrades, result.Trades.Count);
        for (int t = 0; t < bars.Count; t++)
        {
            Precision.AssertClose(expectedEquity[t], result.EquityCurve.Equity[t], 1e-9, $"equity at bar {t}");
        }
    }

    /// <summary>Recomputes both window means from scratch on every bar; no costs.</summary>
    private static (double[] Equity, int Trades) NaiveSmaCrossover(BarSeries bars, int fast, int slow, double capital)
    {
        int n = bars.Count;
        double[] equity = new double[n];
        double cash = capital;
        double shares = 0.0;
        bool wantLongYesterday = false;
        int trades = 0;
        for (int t = 0; t < n; t++)
        {
            bool holding = shares > 0.0;
            if (wantLongYesterday && !holding)
            {
                shares = cash / bars.Open[t];
                cash = 0.0;
                trades++;
            }
            else if (!wantLongYesterday && holding)
            {
                cash = shares * bars.Open[t];
                shares = 0.0;
            }

            if (t == n - 1 && shares > 0.0)
            {
                cash = shares * bars.Close[t];
                shares = 0.0;
            }

            equity[t] = cash + (shares * bars.Close[t]);
            wantLongYesterday = t >= slow - 1 && Mean(bars.Close, t, fast) > Mean(bars.Close, t, slow);
        }

        return (equity, trades);
    }

    private static double Mean(double[] values, int end, int period)
    {
        double sum = 0.0;
        for (int k = end - period + 1; k <= end; k++)
        {
            sum += values[k];
        }

        return sum / period;
    }
}
