using Trading.Backtesting.Engine;
using Trading.Backtesting.Strategies;

namespace Trading.UnitTests.Backtesting;

/// <summary>
/// A 10-bar SMA(2)/SMA(3) crossover worked out by hand. Closes 10 10 10 11 12 12 11 10 13 12.
/// Signals on closes: at t3 fast 10.5 &gt; slow 10.33, so it buys at t4's open. At t6 fast 11.5 &lt; slow 11.67,
/// so it sells at t7's open. At t8 fast 11.5 &gt; slow 11.33, so it buys at t9's open, and the data ends, so the
/// last close sells.
/// Commission 10 bps (0.001), slippage 50 bps (0.005), capital 1000.
/// </summary>
public sealed class HandWorkedBacktestTests
{
    private const double Commission = 0.001;
    private const double Slippage = 0.005;

    private static readonly double[] Open = [10, 10, 10, 10.5, 11.5, 12, 12.5, 10.5, 10, 12.5];
    private static readonly double[] Close = [10, 10, 10, 11, 12, 12, 11, 10, 13, 12];

    private static SymbolBacktestResult Run() => BacktestEngine.RunSymbol(
        new SmaCrossoverParameters { Symbols = ["TEST"], FastPeriod = 2, SlowPeriod = 3, CommissionBps = 10, SlippageBps = 50 },
        TestBars.FromOpenClose(Open, Close),
        1000.0);

    [Fact]
    public void RunSymbol_TenBarCrossover_TradesMatchHandComputation()
    {
        // Trade 1: buy at 11.5 × 1.005; notional = 1000 / 1.001; sell at 10.5 × 0.995 less 0.1 % commission.
        double entry1 = 11.5 * (1 + Slippage);
        double notional1 = 1000.0 / (1 + Commission);
        double quantity1 = notional1 / entry1;
        double exit1 = 10.5 * (1 - Slippage);
        double gross1 = quantity1 * exit1;
        double cash1 = gross1 * (1 - Commission);
        // Trade 2: all of cash1 in at 12.5 × 1.005, out at the last close 12 × 0.995.
        double entry2 = 12.5 * (1 + Slippage);
        double notional2 = cash1 / (1 + Commission);
        double quantity2 = notional2 / entry2;
        double exit2 = 12 * (1 - Slippage);
        double gross2 = quantity2 * exit2;
        double cash2 = gross2 * (1 - Commission);

        SymbolBacktestResult result = Run();

        Assert.Equal(2, result.Trades.Count);
        Trade first = result.Trades[0];
        Assert.Equal(TestBars.Day(4), first.EntryDate);
        Assert.Equal(TestBars.Day(7), first.ExitDate);
        Assert.Equal(entry1, first.EntryPrice, 12);
        Assert.Equal(exit1, first.ExitPrice, 12);
        Assert.Equal(quantity1, first.Quantity, 12);
        Assert.Equal((1000.0 - notional1) + (gross1 * Commission), first.Fees, 12);
        Assert.Equal(cash1 - 1000.0, first.ProfitLoss, 9);
        Assert.Equal(ExitReason.Signal, first.ExitReason);

        Trade second = result.Trades[1];
        Assert.Equal(TestBars.Day(9), second.EntryDate);
        Assert.Equal(TestBars.Day(9), second.ExitDate);
        Assert.Equal(entry2, second.EntryPrice, 12);
        Assert.Equal(exit2, second.ExitPrice, 12);
        Assert.Equal(quantity2, second.Quantity, 12);
        Assert.Equal((cash1 - notional2) + (gross2 * Commission), second.Fees, 12);
        Assert.Equal(cash2 - cash1, second.ProfitLoss, 9);
        Assert.Equal(ExitReason.EndOfData, second.ExitReason);

        // The same numbers from a calculator, so a shared mistake in the formulas above would still show.
        Assert.Equal(86.43746476322727, first.Quantity, 9);
        Assert.Equal(-97.84764229929704, first.ProfitLoss, 9);
        Assert.Equal(855.7355044394768, result.FinalEquity, 9);
    }

    [Fact]
    public void RunSymbol_TenBarCrossover_EquityMarkedAtEachClose()
    {
        double quantity1 = 1000.0 / (1 + Commission) / (11.5 * (1 + Slippage));
        double cash1 = quantity1 * 10.5 * (1 - Slippage) * (1 - Commission);
        double quantity2 = cash1 / (1 + Commission) / (12.5 * (1 + Slippage));
        double cash2 = quantity2 * 12 * (1 - Slippage) * (1 - Commission);
        double[] expected = [1000, 1000, 1000, 1000, quantity1 * 12, quantity1 * 12, quantity1 * 11, cash1, cash1, cash2];

        SymbolBacktestResult result = Run();

        Assert.Equal(expected.Length, result.EquityCurve.Count);
        for (int t = 0; t < expected.Length; t++)
        {
            Assert.Equal(TestBars.Day(t), result.EquityCurve.DateAt(t));
            Precision.AssertClose(expected[t], result.EquityCurve.Equity[t], 1e-12, $"equity at bar {t}");
        }

        // In the market at the closes of bars 4, 5, 6 and 9.
        Assert.Equal(4, result.BarsInMarket);
    }

    [Fact]
    public void RunSymbol_TenBarCrossover_StatisticsMatchHandComputation()
    {
        double[] equity = Run().EquityCurve.Equity;
        double[] returns = new double[9];
        for (int t = 1; t < 10; t++)
        {
            returns[t - 1] = (equity[t] / equity[t - 1]) - 1;
        }

        double mean = returns.Sum() / 9;
        double sampleStd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / 8);
        double downside = Math.Sqrt(returns.Sum(r => Math.Min(r, 0) * Math.Min(r, 0)) / 9);
        double peak = equity[4];

        var statistics = Run().Statistics;

        Precision.AssertClose((equity[9] / 1000) - 1, statistics.TotalReturn, 1e-12, "total return");
        Precision.AssertClose(mean / sampleStd * Math.Sqrt(252), statistics.SharpeRatio, 1e-9, "Sharpe");
        Precision.AssertClose(mean / downside * Math.Sqrt(252), statistics.SortinoRatio, 1e-9, "Sortino");
        Precision.AssertClose(sampleStd * Math.Sqrt(252), statistics.AnnualizedVolatility, 1e-9, "volatility");
        Precision.AssertClose(1 - (equity[9] / peak), statistics.MaxDrawdown, 1e-12, "max drawdown");
        Precision.AssertClose(Math.Pow(equity[9] / 1000, 252.0 / 9) - 1, statistics.Cagr, 1e-9, "CAGR");
        Assert.Equal(2, statistics.TradeCount);
        // Both trades lose: no wins, and a gross profit of 0 over a positive gross loss.
        Assert.Equal(0.0, statistics.WinRate);
        Assert.Equal(0.0, statistics.ProfitFactor);
        Assert.Equal(0.4, statistics.Exposure, 12);
        Assert.Equal(10, statistics.BarCount);

        // Calculator values for the same curve.
        Assert.Equal(-0.14426449556052323, statistics.TotalReturn, 9);
        Assert.Equal(-7.028877184550075, statistics.SharpeRatio, 6);
        Assert.Equal(0.1749955620290159, statistics.MaxDrawdown, 9);
    }
}
