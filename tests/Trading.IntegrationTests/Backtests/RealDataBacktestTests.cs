using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Trading.Backtesting.Engine;
using Trading.Backtesting.Strategies;
using Trading.IntegrationTests.Strategies;
using Trading.IntegrationTests.Support;
using Trading.MarketData.Import;
using Xunit.Abstractions;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// Backtests 2014 on the real daily prices of AAPL, MSFT and BRK.A, imported from wiki-prices-2014.csv by the
/// app's importer into the app's market store.
/// </summary>
public sealed class RealDataBacktestTests(StrategyApiFixture api, ITestOutputHelper output) : IClassFixture<StrategyApiFixture>
{
    [RealMarketDataFact]
    public async Task Backtest_Real2014Prices_Returns200MatchingEngine()
    {
        await ImportAsync();
        StrategyClient client = await api.ClientForAsync("real-data-user");
        object parameters = new { symbols = new[] { "AAPL", "MSFT", "BRK_A" }, fast_period = 10, slow_period = 30 };
        string strategyId = await client.CreateStrategyAsync("sma_crossover", parameters);

        var clock = Stopwatch.StartNew();
        StrategyClient.Reply reply = await client.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2014-01-01", "end_date": "2014-12-31", "initial_capital": 100000}""");
        clock.Stop();

        Assert.True(reply.Status == HttpStatusCode.OK, $"expected 200, got {reply.Status}: {reply.Text}");
        output.WriteLine($"POST backtest of 3 symbols over 2014 answered 200 in {clock.Elapsed.TotalMilliseconds:0} ms");
        string json = JsonSerializer.Serialize(parameters).Replace("BRK_A", "BRK.A", StringComparison.Ordinal);
        StrategyParameters expectedParameters = StrategyParametersParser.Parse("sma_crossover", JsonDocument.Parse(json).RootElement).Parameters!;
        PortfolioBacktestResult expected = await ReferenceBacktest.RunAsync(
            api.MarketReader, expectedParameters, new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31), 100000m);
        Assert.Equal(252, expected.EquityCurve.Count);
        JsonElement summary = reply.Body.GetProperty("summary");
        Assert.Equal(expected.Statistics.TotalReturn, summary.GetProperty("total_return").GetDouble());
        Assert.Equal(expected.Statistics.SharpeRatio, summary.GetProperty("sharpe_ratio").GetDouble());
        Assert.Equal(expected.Statistics.MaxDrawdown, summary.GetProperty("max_drawdown").GetDouble());

        StrategyClient.Reply strategy = await client.GetAsync($"v1/strategy/{strategyId}");
        Assert.Equal(expected.Statistics.TotalReturn, strategy.Body.GetProperty("performance").GetProperty("total_return").GetDouble());
    }

    private async Task ImportAsync()
    {
        var importer = api.Host.Services.GetRequiredService<HistoricalBarImporter>();
        string path = Path.Combine(TestEnvironment.MarketDataDirectory!, "wiki-prices-2014.csv");
        using var reader = new StreamReader(path);
        ImportReport report = await importer.ImportAsync(reader, Path.GetFileName(path), new ImportOptions(), CancellationToken.None);
        Assert.Equal(0, report.RejectedCount);
        Assert.Contains("BRK.A", report.Symbols);
    }
}
