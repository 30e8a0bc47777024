using Trading.Backtesting.Engine;
using Trading.Backtesting.Statistics;
using Trading.Backtesting.Strategies;

namespace Trading.UnitTests.Backtesting;

public sealed class DegenerateInputTests
{
    private static readonly BuyAndHoldParameters Hold = new() { Symbols = ["TEST"] };

    [Fact]
    public void RunSymbol_ConstantPrices_ZeroVarianceGivesZeroRatios()
    {
        BarSeries bars = TestBars.FromCloses(50, 50, 50, 50, 50);

        PerformanceStatistics statistics = BacktestEngine.RunSymbol(Hold, bars, 1000).Statistics;

        Assert.Equal(0.0, statistics.TotalReturn);
        Assert.Equal(0.0, statistics.SharpeRatio);
        Assert.Equal(0.0, statistics.SortinoRatio);
        Assert.Equal(0.0, statistics.AnnualizedVolatility);
        Assert.Equal(0.0, statistics.MaxDrawdown);
        Assert.Equal(0.0, statistics.Cagr);
        Assert.Equal(1, statistics.TradeCount);
        Assert.Equal(0.0, statistics.WinRate);
        Assert.Null(statistics.ProfitFactor);
    }

    [Fact]
    public void Accumulator_IdenticalPositiveReturns_SharpeZeroAndCagrFinite()
    {
        var accumulator = new EquityStatisticsAccumulator(0.0);

        foreach (double equity in new[] { 1.0, 2.0, 4.0, 8.0 })
        {
            accumulator.Add(equity);
        }

        PerformanceStatistics statistics = accumulator.ToStatistics(default, 0.0);
        Assert.Equal(0.0, statistics.SharpeRatio);
        Assert.Equal(0.0, statistics.SortinoRatio);
        Assert.Equal(7.0, statistics.TotalReturn);
        Assert.Equal(Math.Pow(2, 252) - 1, statistics.Cagr);
    }

    [Fact]
    public void Accumulator_CagrOverflows_ReturnsMaxValue()
    {
        var accumulator = new EquityStatisticsAccumulator(0.0);

        accumulator.Add(1.0);
        accumulator.Add(1e4);

        Assert.Equal(double.MaxValue, accumulator.ToStatistics(default, 0.0).Cagr);
    }

    [Fact]
    public void RunSymbol_SingleBar_NoTradeAndZeroStatistics()
    {
        SymbolBacktestResult result = BacktestEngine.RunSymbol(Hold, TestBars.FromCloses(42), 1000);

        Assert.Empty(result.Trades);
        Assert.Equal(new double[] { 1000 }, result.EquityCurve.Equity);
        Assert.Equal(1000, result.FinalEquity);
        Assert.Equal(new PerformanceStatistics(0, 0, 0, 0, 0, 0, 0, 0, null, 0, 1), result.Statistics);
    }

    [Fact]
    public void RunSymbol_NoBars_StaysInCash()
    {
        SymbolBacktestResult result = BacktestEngine.RunSymbol(Hold, TestBars.FromCloses(), 1000);

        Assert.Empty(result.Trades);
        Assert.Equal(0, result.EquityCurve.Count);
        Assert.Equal(1000, result.FinalEquity);
        Assert.Equal(new PerformanceStatistics(0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0), result.Statistics);
    }

    [Fact]
    public void RunSymbol_PriceFallsToZero_SleeveRuinedAndStaysAtZero()
    {
        BarSeries bars = TestBars.FromCloses(10, 10, 5, 0, 8, 9);

        SymbolBacktestResult result = BacktestEngine.RunSymbol(Hold, bars, 1000);

        Assert.Equal(new double[] { 1000, 1000, 500, 0, 0, 0 }, result.EquityCurve.Equity);
        Trade trade = Assert.Single(result.Trades);
        Assert.Equal(ExitReason.Ruin, trade.ExitReason);
        Assert.Equal(TestBars.Day(3), trade.ExitDate);
        Assert.Equal(-1000, trade.ProfitLoss);
        Assert.Equal(-1.0, result.Statistics.TotalReturn);
        Assert.Equal(-1.0, result.Statistics.Cagr);
        Assert.Equal(1.0, result.Statistics.MaxDrawdown);
        AssertAllFinite(result.Statistics);
    }

    [Fact]
    public void RunSymbol_NegativeCloseWhileHolding_FlooredAtZero()
    {
        // Like WTI on 2020-04-20: a long position marked at a negative close is written off, never below zero.
        BarSeries bars = TestBars.FromCloses(18, 18, -37.63, 10, 12);

        SymbolBacktestResult result = BacktestEngine.RunSymbol(Hold, bars, 1000);

        Assert.Equal(new double[] { 1000, 1000, 0, 0, 0 }, result.EquityCurve.Equity);
        Assert.Equal(ExitReason.Ruin, Assert.Single(result.Trades).ExitReason);
        Assert.Equal(1.0, result.Statistics.MaxDrawdown);
        AssertAllFinite(result.Statistics);
    }

    [Fact]
    public void RunSymbol_NegativeOpenAtEntry_EntrySkippedAndRetriedNextBar()
    {
        BarSeries bars = TestBars.FromOpenClose([5, -2, 4, 6], [5, 3, 5, 6]);

        SymbolBacktestResult result = BacktestEngine.RunSymbol(Hold, bars, 100);

        Trade trade = Assert.Single(result.Trades);
        Assert.Equal(TestBars.Day(2), trade.EntryDate);
        Assert.Equal(4.0, trade.EntryPrice);
        Assert.Equal(new double[] { 100, 100, 125, 150 }, result.EquityCurve.Equity);
        AssertAllFinite(result.Statistics);
    }

    [Fact]
    public void RunSymbol_NegativePricesWhileFlat_NoEffect()
    {
        var parameters = new SmaCrossoverParameters { Symbols = ["TEST"], FastPeriod = 2, SlowPeriod = 3 };
        BarSeries bars = TestBars.FromCloses(-5, -4, -6, -7, -8);

        SymbolBacktestResult result = BacktestEngine.RunSymbol(parameters, bars, 100);

        Assert.All(result.EquityCurve.Equity, value => Assert.Equal(100, value));
        AssertAllFinite(result.Statistics);
    }

    [Fact]
    public void BarSeries_NaNPrice_ThrowsNamingTheDate()
    {
        var error = Assert.Throws<ArgumentException>(() => TestBars.FromCloses(1, double.NaN));

        Assert.Contains("2024-01-02", error.Message);
    }

    [Fact]
    public void BarSeries_DatesNotIncreasing_Throws()
    {
        DateOnly[] dates = [TestBars.Day(1), TestBars.Day(1)];

        Assert.Throws<ArgumentException>(() => BarSeries.FromCloses("TEST", dates, [1, 2]));
    }

    private static void AssertAllFinite(PerformanceStatistics statistics)
    {
        double[] values =
        [
            statistics.TotalReturn, statistics.Cagr, statistics.AnnualizedVolatility, statistics.SharpeRatio,
            statistics.SortinoRatio, statistics.MaxDrawdown, statistics.WinRate, statistics.ProfitFactor ?? 0, statistics.Exposure,
        ];
        Assert.All(values, value => Assert.True(double.IsFinite(value), $"{statistics} has a value that is not finite."));
    }
}
