using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Trading.Backtests;
using Trading.Functions.Http;

namespace Trading.Functions.Backtests;

/// <summary>
/// <c>POST /strategy/{strategy_id}/backtest</c> starts a backtest orchestration and waits a configured time:
/// 200 with the summary when it finished, otherwise 202 with <c>Location</c> of
/// <c>GET /strategy/{strategy_id}/backtests/{backtest_id}</c>, which reports status, progress and statistics.
/// </summary>
public sealed class BacktestFunctions(HttpApi api, BacktestService backtests)
{
    [Function(nameof(StartBacktest))]
    public Task<IActionResult> StartBacktest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "strategy/{strategyId}/backtest")] HttpRequest request,
        string strategyId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            var body = await JsonBody.ReadAsync<BacktestRequest>(request, cancellationToken);
            BacktestView view = await backtests.StartAsync(user.UserId, strategyId, body, new DurableBacktestScheduler(client), cancellationToken);
            if (view.Status == BacktestStatus.Completed)
            {
                return JsonResponse.Ok(BacktestResponses.Completed(view));
            }

            return new JsonResponse(BacktestResponses.Status(view), StatusCodes.Status202Accepted)
            {
                Location = BacktestResponses.StatusLocation(view.Backtest),
            };
        });

    [Function(nameof(GetBacktest))]
    public Task<IActionResult> GetBacktest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "strategy/{strategyId}/backtests/{backtestId}")] HttpRequest request,
        string strategyId,
        string backtestId,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            BacktestView view = await backtests.GetAsync(user.UserId, strategyId, backtestId, new DurableBacktestScheduler(client), cancellationToken);
            return JsonResponse.Ok(BacktestResponses.Status(view));
        });
}
