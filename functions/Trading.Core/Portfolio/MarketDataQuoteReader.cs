using Trading.MarketData;

namespace Trading.Portfolio;

/// <summary>
/// Reads last prices through the market-data feature's <see cref="IMarketDataReader"/>, so portfolios
/// use exactly the quotes and bars that ingestion and imports store. A symbol's last price is the newer
/// of its latest quote and the unadjusted close of its latest bar of any interval. Positions are held in
/// traded units, so adjusted closes, which rescale past prices for later splits, would misvalue them.
/// </summary>
public sealed class MarketDataQuoteReader(IMarketDataReader reader) : IQuoteReader
{
    private static readonly BarInterval[] Intervals = Enum.GetValues<BarInterval>();

    public async Task<IReadOnlyDictionary<string, decimal>> GetLastPricesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken)
    {
        var prices = await Task.WhenAll(symbols.Distinct(StringComparer.Ordinal).Select(symbol => LastPriceAsync(symbol, cancellationToken)));
        return prices
            .Where(price => price.Price is not null)
            .ToDictionary(price => price.Symbol, price => price.Price!.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Picks the newer of the latest quote and the latest bar. A bar's close counts as the price at the
    /// bar's end (start plus interval length). So a daily bar is newer than every quote of its own UTC day,
    /// and a quote at or after a bar's end is newer than that bar.
    /// </summary>
    private async Task<(string Symbol, decimal? Price)> LastPriceAsync(string symbol, CancellationToken cancellationToken)
    {
        Task<Quote?> quoteTask = reader.GetQuoteAsync(symbol, cancellationToken);
        Bar?[] bars = await Task.WhenAll(Intervals.Select(interval => reader.GetLatestBarAsync(symbol, interval, cancellationToken)));
        Quote? quote = await quoteTask;

        Bar? latestBar = bars.OfType<Bar>().MaxBy(End);
        if (latestBar is not null && (quote is null || End(latestBar) > quote.Timestamp))
        {
            return (symbol, latestBar.Close);
        }

        return (symbol, quote?.Price);
    }

    private static DateTimeOffset End(Bar bar) => bar.Start + bar.Interval.Length();
}
