using Trading.Backtesting.Engine;
using Trading.Backtesting.Strategies;

namespace Trading.UnitTests.Backtesting;

public sealed class NoLookAheadTests
{
    public static TheoryData<StrategyParameters> AllKinds() => new()
    {
        new SmaCrossoverParameters { Symbols = ["TEST"], FastPeriod = 5, SlowPeriod = 20, CommissionBps = 5, SlippageBps = 5 },
        new EmaCrossoverParameters { Symbols = ["TEST"], FastPeriod = 5, SlowPeriod = 20, CommissionBps = 5 },
        new RsiMeanReversionParameters { Symbols = ["TEST"], Period = 7, Oversold = 35, Overbought = 60 },
        new BollingerBandsParameters { Symbols = ["TEST"], Period = 10, NumStd = 1.0, SlippageBps = 10 },
        new MomentumParameters { Symbols = ["TEST"], Lookback = 10 },
        new BuyAndHoldParameters { Symbols = ["TEST"], CommissionBps = 5 },
    };

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void RunSymbol_BarsAfterCutChanged_NothingUpToCutChanges(StrategyParameters parameters)
    {
        BarSeries original = TestBars.RandomWalk(300, seed: 11);
        foreach (int cut in new[] { 25, 80, 150, 298 })
        {
            BarSeries altered = AlterAfter(original, cut, seed: cut);

            SymbolBacktestResult before = BacktestEngine.RunSymbol(parameters, original, 10_000);
            SymbolBacktestResult after = BacktestEngine.RunSymbol(parameters, altered, 10_000);

            for (int t = 0; t <= cut; t++)
            {
                Assert.Equal(before.EquityCurve.Equity[t], after.EquityCurve.Equity[t]);
            }

            Trade[] closedBefore = before.Trades.Where(trade => trade.ExitDate <= TestBars.Day(cut) && trade.ExitReason != ExitReason.EndOfData).ToArray();
            Trade[] closedAfter = after.Trades.Where(trade => trade.ExitDate <= TestBars.Day(cut) && trade.ExitReason != ExitReason.EndOfData).ToArray();
            Assert.Equal(closedBefore, closedAfter);
        }
    }

    [Fact]
    public void RunSymbol_SignalOnClose_FillsAtNextOpenNotSameBar()
    {
        // Buy and hold wants a position from bar 0's close, so the only possible fill is bar 1's open (20 here),
        // never bar 0's open or close (10).
        BarSeries bars = TestBars.FromOpenClose([10, 20, 20], [10, 20, 30]);

        SymbolBacktestResult result = BacktestEngine.RunSymbol(new BuyAndHoldParameters { Symbols = ["TEST"] }, bars, 100);

        Trade trade = Assert.Single(result.Trades);
        Assert.Equal(TestBars.Day(1), trade.EntryDate);
        Assert.Equal(20.0, trade.EntryPrice);
        Assert.Equal(new double[] { 100, 100, 150 }, result.EquityCurve.Equity);
    }

    private static BarSeries AlterAfter(BarSeries bars, int cut, int seed)
    {
        var random = new Random(seed);
        double[] open = (double[])bars.Open.Clone();
        double[] close = (double[])bars.Close.Clone();
        for (int t = cut + 1; t < bars.Count; t++)
        {
            open[t] *= 0.5 + random.NextDouble();
            close[t] *= 0.5 + random.NextDouble();
        }

        return TestBars.FromOpenClose(open, close);
    }
}
