using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Trading.Functions.Http;

namespace Trading.Functions.MarketData;

/// <summary>Bars of a symbol in a time range, keyset-paged by <c>next_from</c>.</summary>
public sealed class MarketBarsFunction(HttpApi api, MarketBarsService bars)
{
    [Function(nameof(GetMarketBars))]
    public Task<IActionResult> GetMarketBars(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "market/{symbol}/bars")] HttpRequest request,
        string symbol,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async _ =>
        {
            BarsQuery query = BarsQuery.Parse(symbol, request.Query);
            BarsPage page = await bars.GetPageAsync(query, cancellationToken);
            return JsonResponse.Ok(BarsResponse.From(query, page));
        });
}
