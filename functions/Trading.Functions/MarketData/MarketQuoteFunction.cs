using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Trading.Common;
using Trading.Functions.Http;
using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>The latest quote of a symbol.</summary>
public sealed class MarketQuoteFunction(HttpApi api, IMarketDataReader reader)
{
    private static readonly string[] NoParameters = [];

    [Function(nameof(GetMarketQuote))]
    public Task<IActionResult> GetMarketQuote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "market/{symbol}/quote")] HttpRequest request,
        string symbol,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async _ =>
        {
            var errors = new ValidationErrors();
            string? normalized = MarketQueryString.Symbol(symbol, errors);
            MarketQueryString.RejectUnknownAndRepeated(request.Query, NoParameters, errors);
            errors.ThrowIfAny();

            Quote quote = await reader.GetQuoteAsync(normalized!, cancellationToken)
                ?? throw DomainException.NotFound("quote of symbol", normalized!);
            return JsonResponse.Ok(QuoteResponse.From(quote));
        });
}
