using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Trading.Backtesting.Engine;
using Trading.Backtesting.Strategies;
using Trading.IntegrationTests.Strategies;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Backtests;

public sealed class BacktestEndpointTests(BacktestApiFixture api) : IClassFixture<BacktestApiFixture>
{
    private static readonly object SmaOnThree = new { symbols = new[] { "SYN.A", "syn_b", "SYN.C" }, fast_period = 5, slow_period = 20 };

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "reversed dates", """{"start_date": "2020-06-01", "end_date": "2020-03-01", "initial_capital": 10000}""", "end_date" },
        { "equal dates", """{"start_date": "2020-06-01", "end_date": "2020-06-01", "initial_capital": 10000}""", "end_date" },
        { "timestamp start", """{"start_date": "2020-01-01T00:00:00Z", "end_date": "2020-12-31", "initial_capital": 10000}""", "start_date" },
        { "timestamp end", """{"start_date": "2020-01-01", "end_date": "2020-12-31T23:59:59Z", "initial_capital": 10000}""", "end_date" },
        { "slashed date", """{"start_date": "2020/01/01", "end_date": "2020-12-31", "initial_capital": 10000}""", "start_date" },
        { "impossible date", """{"start_date": "2020-02-30", "end_date": "2020-12-31", "initial_capital": 10000}""", "start_date" },
        { "date as number", """{"start_date": 20200101, "end_date": "2020-12-31", "initial_capital": 10000}""", "start_date" },
        { "missing start", """{"end_date": "2020-12-31", "initial_capital": 10000}""", "start_date" },
        { "missing capital", """{"start_date": "2020-01-01", "end_date": "2020-12-31"}""", "initial_capital" },
        { "zero capital", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 0}""", "initial_capital" },
        { "negative capital", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": -100}""", "initial_capital" },
        { "3 decimal places", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 1000.005}""", "initial_capital" },
        { "above 1e12", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 1000000000000.01}""", "initial_capital" },
        { "capital as string", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": "10000"}""", "initial_capital" },
        { "unknown field", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 10000, "symbols": ["X"]}""", "symbols" },
    };

    [Fact]
    public async Task Backtest_SyntheticData_Returns200MatchingEngine()
    {
        await api.EnsureSeededAsync();
        StrategyClient client = await api.ClientForAsync("synthetic-runner");
        string strategyId = await client.CreateStrategyAsync("sma_crossover", SmaOnThree);

        StrategyClient.Reply reply = await client.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 30000.00}""");

        Assert.True(reply.Status == HttpStatusCode.OK, $"expected 200, got {reply.Status}: {reply.Text}");
        PortfolioBacktestResult expected = await ExpectedAsync(SmaOnThree, 30000m);
        Assert.True(expected.Trades.Count > 0, "the synthetic data should make the strategy trade");
        JsonElement summary = reply.Body.GetProperty("summary");
        Assert.Equal(expected.Statistics.TotalReturn, summary.GetProperty("total_return").GetDouble());
        Assert.Equal(expected.Statistics.SharpeRatio, summary.GetProperty("sharpe_ratio").GetDouble());
        Assert.Equal(expected.Statistics.MaxDrawdown, summary.GetProperty("max_drawdown").GetDouble());
        Assert.Equal("completed", reply.Body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetBacktest_Completed_ReturnsExtendedStatisticsAndStoresBlobs()
    {
        await api.EnsureSeededAsync();
        StrategyClient client = await api.ClientForAsync("status-reader");
        string strategyId = await client.CreateStrategyAsync("sma_crossover", SmaOnThree);
        StrategyClient.Reply started = await client.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 30000}""");
        string backtestId = started.Body.GetProperty("backtest_id").GetString()!;

        StrategyClient.Reply reply = await client.GetAsync($"v1/strategy/{strategyId}/backtests/{backtestId}");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        PortfolioBacktestResult expected = await ExpectedAsync(SmaOnThree, 30000m);
        Assert.Equal("completed", reply.Body.GetProperty("status").GetString());
        Assert.Equal(3, reply.Body.GetProperty("progress").GetProperty("symbols_done").GetInt32());
        Assert.Equal(3, reply.Body.GetProperty("progress").GetProperty("symbols_total").GetInt32());
        Assert.Equal("2020-01-01", reply.Body.GetProperty("start_date").GetString());
        Assert.Matches(UtcTimestamp.Pattern, reply.Body.GetProperty("created_at").GetString());
        Assert.Matches(UtcTimestamp.Pattern, reply.Body.GetProperty("completed_at").GetString());
        JsonElement statistics = reply.Body.GetProperty("statistics");
        Assert.Equal(expected.Statistics.Cagr, statistics.GetProperty("cagr").GetDouble());
        Assert.Equal(expected.Statistics.AnnualizedVolatility, statistics.GetProperty("volatility").GetDouble());
        Assert.Equal(expected.Statistics.SortinoRatio, statistics.GetProperty("sortino_ratio").GetDouble());
        Assert.Equal(expected.Statistics.TradeCount, statistics.GetProperty("trades").GetInt32());
        Assert.Equal(expected.Statistics.WinRate, statistics.GetProperty("win_rate").GetDouble());
        Assert.Equal(expected.Statistics.Exposure, statistics.GetProperty("exposure").GetDouble());
        Assert.Equal(Math.Round((decimal)expected.FinalEquity, 2, MidpointRounding.AwayFromZero), statistics.GetProperty("final_equity").GetDecimal());

        BlobContainerClient blobs = api.Host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("backtests");
        List<string> names = [];
        await foreach (var blob in blobs.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, backtestId + "/", CancellationToken.None))
        {
            names.Add(blob.Name);
        }

        Assert.Equal(
            [$"{backtestId}/result.json", $"{backtestId}/sleeves/SYN.A.json", $"{backtestId}/sleeves/SYN.B.json", $"{backtestId}/sleeves/SYN.C.json"],
            names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetStrategy_AfterBacktest_ShowsLatestPerformance()
    {
        await api.EnsureSeededAsync();
        StrategyClient client = await api.ClientForAsync("performance-reader");
        object parameters = new { symbols = new[] { "SYN.B" }, fast_period = 3, slow_period = 10 };
        string strategyId = await client.CreateStrategyAsync("ema_crossover", parameters);
        StrategyClient.Reply started = await client.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2020-02-01", "end_date": "2020-09-30", "initial_capital": 5000}""");
        Assert.Equal(HttpStatusCode.OK, started.Status);

        StrategyClient.Reply reply = await client.GetAsync($"v1/strategy/{strategyId}");

        JsonElement performance = reply.Body.GetProperty("performance");
        JsonElement summary = started.Body.GetProperty("summary");
        Assert.Equal(summary.GetProperty("total_return").GetDouble(), performance.GetProperty("total_return").GetDouble());
        Assert.Equal(summary.GetProperty("sharpe_ratio").GetDouble(), performance.GetProperty("sharpe_ratio").GetDouble());
        Assert.Equal(started.Body.GetProperty("backtest_id").GetString(), performance.GetProperty("backtest_id").GetString());
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Backtest_BadInput_Returns400NamingField(string scenario, string body, string field)
    {
        StrategyClient client = await api.ClientForAsync("bad-backtest-user");
        string strategyId = await client.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "SYN.A" } });

        StrategyClient.Reply reply = await client.PostAsync($"v1/strategy/{strategyId}/backtest", body);

        Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{scenario}: expected 400, got {reply.Status}: {reply.Text}");
        Assert.True(reply.Body.GetProperty("errors").TryGetProperty(field, out _), $"{scenario}: errors should name '{field}': {reply.Text}");
    }

    [Fact]
    public async Task Backtest_OtherUsersStrategy_Returns404()
    {
        StrategyClient owner = await api.ClientForAsync("backtest-owner");
        StrategyClient intruder = await api.ClientForAsync("backtest-intruder");
        string strategyId = await owner.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "SYN.A" } });

        StrategyClient.Reply reply = await intruder.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 1000}""");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    [Fact]
    public async Task GetBacktest_OtherUserOrOtherStrategy_Returns404()
    {
        await api.EnsureSeededAsync();
        StrategyClient owner = await api.ClientForAsync("backtest-keeper");
        StrategyClient snooper = await api.ClientForAsync("backtest-snooper");
        string strategyId = await owner.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "SYN.C" } });
        string otherStrategyId = await owner.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "SYN.A" } });
        StrategyClient.Reply started = await owner.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2020-01-01", "end_date": "2020-03-31", "initial_capital": 1000}""");
        string backtestId = started.Body.GetProperty("backtest_id").GetString()!;

        StrategyClient.Reply asIntruder = await snooper.GetAsync($"v1/strategy/{strategyId}/backtests/{backtestId}");
        StrategyClient.Reply viaOtherStrategy = await owner.GetAsync($"v1/strategy/{otherStrategyId}/backtests/{backtestId}");
        StrategyClient.Reply unknown = await owner.GetAsync($"v1/strategy/{strategyId}/backtests/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, asIntruder.Status);
        Assert.Equal(HttpStatusCode.NotFound, viaOtherStrategy.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task Backtest_SymbolWithoutData_Returns422NamingSymbol()
    {
        await api.EnsureSeededAsync();
        StrategyClient client = await api.ClientForAsync("missing-data-user");
        string strategyId = await client.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "SYN.A", "NODATA" } });

        StrategyClient.Reply reply = await client.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 1000}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal("/problems/market-data-missing", reply.Body.GetProperty("type").GetString());
        Assert.Contains("NODATA", reply.Body.GetProperty("detail").GetString());
        JsonElement errors = reply.Body.GetProperty("errors");
        Assert.True(errors.TryGetProperty("NODATA", out _), reply.Text);
        Assert.False(errors.TryGetProperty("SYN.A", out _), reply.Text);
    }

    [Fact]
    public async Task Backtest_RangeOutsideData_Returns422WithAvailableRange()
    {
        await api.EnsureSeededAsync();
        StrategyClient client = await api.ClientForAsync("early-range-user");
        string strategyId = await client.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "SYN.B" } });

        StrategyClient.Reply reply = await client.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2019-01-01", "end_date": "2019-12-31", "initial_capital": 1000}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        string message = reply.Body.GetProperty("errors").GetProperty("SYN.B")[0].GetString()!;
        Assert.Contains("available from 2020-01-01 to 2020-12-31", message);
    }

    private async Task<PortfolioBacktestResult> ExpectedAsync(object parameters, decimal capital)
    {
        // Symbols as the API stores them: upper-case, '_' read as '.'.
        JsonElement json = JsonSerializer.SerializeToElement(parameters);
        string normalized = json.GetRawText().Replace("syn_b", "SYN.B", StringComparison.Ordinal);
        StrategyParametersParseResult parsed = StrategyParametersParser.Parse("sma_crossover", JsonDocument.Parse(normalized).RootElement);
        Assert.True(parsed.IsValid, string.Join(" ", parsed.Errors.Select(error => error.Message)));
        return await ReferenceBacktest.RunAsync(api.MarketReader, parsed.Parameters!, BacktestApiFixture.DataStart, BacktestApiFixture.DataEnd, capital);
    }
}
