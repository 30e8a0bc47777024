using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>Body of <c>GET /v1/market/{symbol}/quote</c>: the latest trade's price and size, and its UTC time.</summary>
public sealed record QuoteResponse(string Symbol, decimal Price, decimal Size, DateTime Timestamp)
{
    public static QuoteResponse From(Quote quote) => new(quote.Symbol, quote.Price, quote.Size, quote.Timestamp.UtcDateTime);
}
