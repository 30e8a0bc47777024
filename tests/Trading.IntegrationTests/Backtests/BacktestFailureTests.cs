using System.Net;
using System.Text.Json;
using Trading.IntegrationTests.Strategies;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// A sleeve activity that fails on every attempt fails the whole backtest: the orchestration stores status
/// failed with a reason the owner may read, and the strategy keeps no performance.
/// </summary>
public sealed class BacktestFailureTests(FaultyBarsBacktestApiFixture api) : IClassFixture<FaultyBarsBacktestApiFixture>
{
    private const int Attempts = 3;

    [Fact]
    public async Task Backtest_SleeveAlwaysFails_StoresFailedWithReason()
    {
        await api.EnsureSeededAsync();
        StrategyClient client = await api.ClientForAsync("failing-sleeve-user");
        string strategyId = await client.CreateStrategyAsync(
            "sma_crossover", new { symbols = new[] { "SYN.A", FaultyBarsBacktestApiFixture.FaultedSymbol, "SYN.C" }, fast_period = 5, slow_period = 20 });

        StrategyClient.Reply started = await client.PostAsync(
            $"v1/strategy/{strategyId}/backtest", """{"start_date": "2020-01-01", "end_date": "2020-12-31", "initial_capital": 30000}""");

        // A run that fails, within the wait or after it, is not completed, so the start call returns 202.
        Assert.True(started.Status == HttpStatusCode.Accepted, $"expected 202, got {started.Status}: {started.Text}");
        string backtestId = started.Body.GetProperty("backtest_id").GetString()!;
        string location = started.Headers.Location!.ToString();
        Assert.Equal($"/v1/strategy/{strategyId}/backtests/{backtestId}", location);
        Assert.Contains(started.Body.GetProperty("status").GetString(), new[] { "pending", "running", "failed" });
        Assert.True(IsAbsent(started.Body, "summary"), started.Text);

        StrategyClient.Reply finished = await BacktestPolling.WaitUntilFinishedAsync(client, location.TrimStart('/'));

        Assert.Equal("failed", finished.Body.GetProperty("status").GetString());
        string error = finished.Body.GetProperty("error").GetString()!;
        Assert.Contains($"RunBacktestSleeve of {FaultyBarsBacktestApiFixture.FaultedSymbol}", error);
        Assert.Contains(backtestId, error);
        Assert.Contains($"after {Attempts} attempts", error);
        Assert.DoesNotContain(FaultyBarReader.FaultMessage, error);
        Assert.True(IsAbsent(finished.Body, "summary"), finished.Text);
        Assert.True(IsAbsent(finished.Body, "statistics"), finished.Text);
        Assert.Matches(UtcTimestamp.Pattern, finished.Body.GetProperty("completed_at").GetString());
        Assert.Equal(Attempts, api.FaultyReader.FailedReads);

        // A status request may read the document just before FailBacktest stores the reason, then find the
        // orchestration already failed. It must still return the stored reason.
        api.Backtests.ReturnPendingOnNextRead(backtestId);
        StrategyClient.Reply raced = await client.GetAsync(location.TrimStart('/'));
        Assert.Equal("failed", raced.Body.GetProperty("status").GetString());
        Assert.Equal(error, raced.Body.GetProperty("error").GetString());

        StrategyClient.Reply strategy = await client.GetAsync($"v1/strategy/{strategyId}");
        JsonElement performance = strategy.Body.GetProperty("performance");
        Assert.Equal(JsonValueKind.Null, performance.GetProperty("total_return").ValueKind);
        Assert.Equal(JsonValueKind.Null, performance.GetProperty("sharpe_ratio").ValueKind);
        Assert.Equal(JsonValueKind.Null, performance.GetProperty("backtest_id").ValueKind);
    }

    private static bool IsAbsent(JsonElement body, string property) =>
        !body.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null;
}
