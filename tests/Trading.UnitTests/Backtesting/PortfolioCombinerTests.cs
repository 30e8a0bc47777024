using System.Text.Json;
using Trading.Backtesting.Engine;
using Trading.Backtesting.Statistics;
using Trading.Backtesting.Strategies;

namespace Trading.UnitTests.Backtesting;

public sealed class PortfolioCombinerTests
{
    private static readonly PerformanceStatistics NoStatistics = new(0, 0, 0, 0, 0, 0, 0, 0, null, 0.5, 0);

    [Fact]
    public void Combine_SleevesOnDifferentDates_CarriesEquityForward()
    {
        // A trades on days 1-3; B starts on day 2, skips day 3 and ends on day 4.
        var a = Sleeve("A", [TestBars.Day(1), TestBars.Day(2), TestBars.Day(3)], [50, 55, 60]);
        var b = Sleeve("B", [TestBars.Day(2), TestBars.Day(4)], [50, 40]);

        PortfolioBacktestResult result = PortfolioCombiner.Combine([a, b]);

        Assert.Equal(new[] { TestBars.Day(1), TestBars.Day(2), TestBars.Day(3), TestBars.Day(4) }, Enumerable.Range(0, 4).Select(result.EquityCurve.DateAt));
        // Day 1: 50 + 50 (B's initial capital); day 3: 60 + 50 (B carried); day 4: 60 (A carried) + 40.
        Assert.Equal(new double[] { 100, 105, 110, 100 }, result.EquityCurve.Equity);
        Assert.Equal(100, result.InitialCapital);
        Assert.Equal(100, result.FinalEquity);
        Assert.Equal(0.0, result.Statistics.TotalReturn);
        Assert.Equal(1 - (100.0 / 110.0), result.Statistics.MaxDrawdown, 15);
        Assert.Equal(0.5, result.Statistics.Exposure);
        Assert.Equal(new[] { "A", "B" }, result.Symbols);
    }

    [Fact]
    public void Combine_OneSleeve_EqualsTheSleeve()
    {
        var parameters = new SmaCrossoverParameters { Symbols = ["TEST"], FastPeriod = 5, SlowPeriod = 20, CommissionBps = 5 };
        SymbolBacktestResult sleeve = BacktestEngine.RunSymbol(parameters, TestBars.RandomWalk(400, seed: 5), 1000, 0.03);

        PortfolioBacktestResult portfolio = PortfolioCombiner.Combine([sleeve], 0.03);

        Assert.Equal(sleeve.Statistics, portfolio.Statistics);
        Assert.Equal(sleeve.EquityCurve.Equity, portfolio.EquityCurve.Equity);
        Assert.Equal(sleeve.Trades, portfolio.Trades);
        Assert.Equal(sleeve.FinalEquity, portfolio.FinalEquity);
    }

    [Fact]
    public void Combine_SleevesSentAsJson_SameResultAsInProcess()
    {
        var parameters = new SmaCrossoverParameters { Symbols = ["X", "Y"], FastPeriod = 5, SlowPeriod = 20, SlippageBps = 3 };
        var bars = new Dictionary<string, BarSeries>
        {
            ["X"] = TestBars.RandomWalk(300, seed: 6, symbol: "X"),
            ["Y"] = TestBars.RandomWalk(250, seed: 7, symbol: "Y"),
        };
        PortfolioBacktestResult inProcess = BacktestEngine.Run(parameters, bars, 10_000);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

        var sleeves = parameters.Symbols
            .Select(symbol => BacktestEngine.RunSymbol(parameters, bars[symbol], BacktestEngine.SleeveCapital(10_000, 2)))
            .Select(sleeve => JsonSerializer.Deserialize<SymbolBacktestResult>(JsonSerializer.Serialize(sleeve, options), options)!)
            .ToList();
        PortfolioBacktestResult fannedIn = PortfolioCombiner.Combine(sleeves);

        Assert.Equal(inProcess.Statistics, fannedIn.Statistics);
        Assert.Equal(inProcess.EquityCurve.Equity, fannedIn.EquityCurve.Equity);
        Assert.Equal(inProcess.EquityCurve.DayNumbers, fannedIn.EquityCurve.DayNumbers);
        Assert.Equal(inProcess.Trades, fannedIn.Trades);
        Assert.Equal(300, fannedIn.EquityCurve.Count);
        Assert.Equal(10_000, fannedIn.InitialCapital);
    }

    [Fact]
    public void Combine_NoSleeves_Throws()
    {
        Assert.Throws<ArgumentException>(() => PortfolioCombiner.Combine([]));
    }

    [Fact]
    public void Run_SymbolWithoutBars_Throws()
    {
        var parameters = new BuyAndHoldParameters { Symbols = ["X", "MISSING"] };
        var bars = new Dictionary<string, BarSeries> { ["X"] = TestBars.RandomWalk(10, seed: 8, symbol: "X") };

        var error = Assert.Throws<ArgumentException>(() => BacktestEngine.Run(parameters, bars, 1000));

        Assert.Contains("MISSING", error.Message);
    }

    [Fact]
    public void RunSymbol_InvalidParameters_ThrowsWithTheMessages()
    {
        var parameters = new SmaCrossoverParameters { Symbols = ["X"], FastPeriod = 30, SlowPeriod = 10 };

        var error = Assert.Throws<ArgumentException>(() => BacktestEngine.RunSymbol(parameters, TestBars.RandomWalk(10, seed: 9), 1000));

        Assert.Contains("fast_period", error.Message);
    }

    private static SymbolBacktestResult Sleeve(string symbol, DateOnly[] dates, double[] equity) =>
        new(symbol, 50, equity[^1], 0, [], new EquityCurve(DayNumbers.FromDates(dates), equity), NoStatistics with { BarCount = dates.Length });
}
