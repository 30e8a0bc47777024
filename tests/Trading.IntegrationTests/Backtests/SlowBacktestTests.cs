using System.Net;
using System.Text.Json;
using Trading.IntegrationTests.Strategies;

namespace Trading.IntegrationTests.Backtests;

/// <summary>With no wait configured, starting a backtest returns 202, and the run finishes through its status resource.</summary>
public sealed class SlowBacktestTests(SlowBacktestApiFixture api) : IClassFixture<SlowBacktestApiFixture>
{
    [Fact]
    public async Task Backtest_LongerThanWait_Returns202ThenCompletes()
    {
        await api.EnsureSeededAsync();
        StrategyClient client = await api.ClientForAsync("patient-user");
        string strategyId = await client.CreateStrategyAsync(
            "bollinger_bands", new { symbols = new[] { "SYN.A", "SYN.B", "SYN.C" }, period = 20, num_std = 1.5 });

        StrategyClient.Reply started = await client.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 9000}""");

        Assert.Equal(HttpStatusCode.Accepted, started.Status);
        string backtestId = started.Body.GetProperty("backtest_id").GetString()!;
        string location = started.Headers.Location!.ToString();
        Assert.Equal($"/v1/strategy/{strategyId}/backtests/{backtestId}", location);
        Assert.Contains(started.Body.GetProperty("status").GetString(), new[] { "pending", "running", "completed" });
        Assert.Equal(3, started.Body.GetProperty("progress").GetProperty("symbols_total").GetInt32());

        StrategyClient.Reply finished = await BacktestPolling.WaitUntilFinishedAsync(client, location.TrimStart('/'));

        Assert.Equal("completed", finished.Body.GetProperty("status").GetString());
        JsonElement summary = finished.Body.GetProperty("summary");
        StrategyClient.Reply strategy = await client.GetAsync($"v1/strategy/{strategyId}");
        JsonElement performance = strategy.Body.GetProperty("performance");
        Assert.Equal(summary.GetProperty("total_return").GetDouble(), performance.GetProperty("total_return").GetDouble());
        Assert.Equal(summary.GetProperty("sharpe_ratio").GetDouble(), performance.GetProperty("sharpe_ratio").GetDouble());
    }
}
