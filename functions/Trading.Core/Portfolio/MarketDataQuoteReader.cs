using Trading.MarketData;

namespace Trading.Portfolio;

/// <summary>
/// Reads last prices through the market-data feature's <see cref="IMarketDataReader"/>, one quote per
/// symbol. Registering it in place of the Cosmos DB quote reader makes portfolios use exactly the
/// quotes that ingestion stores, whatever their document shape.
/// </summary>
public sealed class MarketDataQuoteReader(IMarketDataReader reader) : IQuoteReader
{
    public async Task<IReadOnlyDictionary<string, decimal>> GetLastPricesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken)
    {
        var quotes = await Task.WhenAll(symbols.Distinct(StringComparer.Ordinal).Select(symbol => reader.GetQuoteAsync(symbol, cancellationToken)));
        return quotes
            .OfType<Quote>()
            .ToDictionary(quote => quote.Symbol, quote => quote.Price, StringComparer.Ordinal);
    }
}
