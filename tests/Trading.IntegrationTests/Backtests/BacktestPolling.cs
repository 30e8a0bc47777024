using System.Net;
using Trading.IntegrationTests.Strategies;

namespace Trading.IntegrationTests.Backtests;

/// <summary>Polls a backtest's status resource until it leaves pending and running.</summary>
public static class BacktestPolling
{
    /// <summary>Upper bound on the wait; a run that has not finished by then fails the test with its last status.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task<StrategyClient.Reply> WaitUntilFinishedAsync(StrategyClient client, string statusPath)
    {
        DateTime giveUpAt = DateTime.UtcNow + Limit;
        while (true)
        {
            StrategyClient.Reply reply = await client.GetAsync(statusPath);
            Assert.True(reply.Status == HttpStatusCode.OK, $"GET {statusPath} answered {reply.Status}: {reply.Text}");
            string? status = reply.Body.GetProperty("status").GetString();
            if (status is "completed" or "failed")
            {
                return reply;
            }

            Assert.True(DateTime.UtcNow < giveUpAt, $"The backtest did not finish within {Limit}; last status: {reply.Text}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
