namespace Trading.MarketData;

/// <summary>Read side of market-data storage, for the quote and bars endpoints and for backtests.</summary>
public interface IMarketDataReader
{
    /// <summary>Returns the latest quote of a normalized symbol (see <see cref="Symbols"/>), or null when none is stored.</summary>
    Task<Quote?> GetQuoteAsync(string symbol, CancellationToken cancellationToken);

    /// <summary>Returns the stored bar of a normalized symbol and interval with the latest start, or null when none is stored.</summary>
    Task<Bar?> GetLatestBarAsync(string symbol, BarInterval interval, CancellationToken cancellationToken);

    /// <summary>
    /// Returns up to <paramref name="limit"/> bars of a normalized symbol and interval with
    /// <c>from &lt;= Start &lt; to</c> (UTC), ordered by start ascending.
    /// </summary>
    Task<IReadOnlyList<Bar>> GetBarsAsync(
        string symbol,
        BarInterval interval,
        DateTimeOffset from,
        DateTimeOffset to,
        int limit,
        CancellationToken cancellationToken);
}
