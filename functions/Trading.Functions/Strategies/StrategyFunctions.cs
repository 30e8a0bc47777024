using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Trading.Functions.Http;
using Trading.Strategies;

namespace Trading.Functions.Strategies;

/// <summary>
/// <c>POST /strategy/create</c>, <c>GET /strategy/list</c> and <c>GET /strategy/{strategy_id}</c>; every
/// route is scoped to the caller, and another user's strategy is not found.
/// </summary>
public sealed class StrategyFunctions(HttpApi api, StrategyService strategies)
{
    [Function(nameof(CreateStrategy))]
    public Task<IActionResult> CreateStrategy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "strategy/create")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            var input = await JsonBody.ReadAsync<NewStrategy>(request, cancellationToken);
            Strategy strategy = await strategies.CreateAsync(user.UserId, input, cancellationToken);
            return JsonResponse.Created(StrategyResponses.Created(strategy), $"/v1/strategy/{strategy.Id}");
        });

    [Function(nameof(ListStrategies))]
    public Task<IActionResult> ListStrategies(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "strategy/list")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            IReadOnlyList<Strategy> list = await strategies.ListAsync(user.UserId, cancellationToken);
            return JsonResponse.Ok(StrategyResponses.List(list));
        });

    [Function(nameof(GetStrategy))]
    public Task<IActionResult> GetStrategy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "strategy/{strategyId}")] HttpRequest request,
        string strategyId,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            Strategy strategy = await strategies.GetAsync(user.UserId, strategyId, cancellationToken);
            return JsonResponse.Ok(StrategyResponses.Details(strategy));
        });
}
