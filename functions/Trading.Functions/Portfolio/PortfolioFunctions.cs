using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Trading.Functions.Accounts;
using Trading.Functions.Http;
using Trading.Portfolio;

namespace Trading.Functions.Portfolio;

/// <summary>The caller's positions and fills. Every call works on the authenticated user's own portfolio.</summary>
public sealed class PortfolioFunctions(HttpApi api, PortfolioService portfolio)
{
    [Function(nameof(GetPortfolio))]
    public Task<IActionResult> GetPortfolio(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "portfolio")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            var valuation = await portfolio.GetAsync(user.UserId, cancellationToken);
            var positions = valuation.Positions
                .Select(position => new PositionResponse(
                    position.Symbol,
                    position.Quantity,
                    position.AveragePrice,
                    position.MarketPrice,
                    position.MarketValue,
                    position.UnrealizedPl))
                .ToList();
            return JsonResponse.Ok(new PortfolioResponse(positions, valuation.TotalValue, valuation.Cash, valuation.Equity));
        });

    /// <summary>Records a fill; accepts an <c>Idempotency-Key</c> header.</summary>
    [Function(nameof(RecordPosition))]
    public Task<IActionResult> RecordPosition(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "portfolio/position")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            var key = RequestValues.IdempotencyKey(request);
            var body = await JsonBody.ReadAsync<PositionRequest>(request, cancellationToken);
            var change = await portfolio.RecordFillAsync(user.UserId, body.Symbol, body.Quantity, body.Price, key, cancellationToken);
            var position = change.Position ?? throw new InvalidOperationException("A recorded fill always returns the position it left.");
            return JsonResponse.Ok(new PositionChangeResponse(
                change.TransactionId,
                new NewPositionResponse(position.Symbol, position.Quantity, position.AveragePrice)));
        });
}
