using Trading.Common;
using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>Reads one page of bars, and distinguishes an unknown symbol from an empty range.</summary>
public sealed class MarketBarsService(IMarketDataReader reader)
{
    /// <summary>
    /// Returns up to <see cref="BarsQuery.Limit"/> bars. One more bar is read than returned, so
    /// <see cref="BarsPage.NextFrom"/> is set exactly when the range contains more bars.
    /// </summary>
    /// <exception cref="DomainException">Not found when nothing at all (no quote, no bar) is stored for the symbol.</exception>
    public async Task<BarsPage> GetPageAsync(BarsQuery query, CancellationToken cancellationToken)
    {
        IReadOnlyList<Bar> bars = await reader.GetBarsAsync(query.Symbol, query.Interval, query.From, query.To, query.Limit + 1, cancellationToken);
        if (bars.Count > query.Limit)
        {
            return new BarsPage([.. bars.Take(query.Limit)], bars[query.Limit].Start);
        }

        if (bars.Count == 0 && !await IsKnownAsync(query.Symbol, cancellationToken))
        {
            throw DomainException.NotFound("market data of symbol", query.Symbol);
        }

        return new BarsPage(bars, null);
    }

    private async Task<bool> IsKnownAsync(string symbol, CancellationToken cancellationToken)
    {
        if (await reader.GetQuoteAsync(symbol, cancellationToken) is not null)
        {
            return true;
        }

        foreach (BarInterval interval in Enum.GetValues<BarInterval>())
        {
            if ((await reader.GetBarsAsync(symbol, interval, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 1, cancellationToken)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
