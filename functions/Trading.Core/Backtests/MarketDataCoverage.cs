using System.Globalization;
using Trading.Common;
using Trading.MarketData;

namespace Trading.Backtests;

/// <summary>Checks before a run that every symbol has daily bars in the requested range.</summary>
public sealed class MarketDataCoverage(IMarketDataReader reader, DailyBarLoader loader)
{
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2101, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Throws a business-rule error (HTTP 422) naming each symbol with no bar in the range, with the range of
    /// dates it does have, if any. Errors are keyed by symbol.
    /// </summary>
    public async Task EnsureCoveredAsync(IReadOnlyList<string> symbols, BacktestRange range, CancellationToken cancellationToken)
    {
        var missing = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string symbol in symbols)
        {
            IReadOnlyList<Bar> first = await reader.GetBarsAsync(symbol, BarInterval.OneDay, range.From, range.To, 1, cancellationToken);
            if (first.Count == 0)
            {
                missing[symbol] = [await DescribeAvailableAsync(symbol, range, cancellationToken)];
            }
        }

        if (missing.Count > 0)
        {
            string names = string.Join(", ", missing.Keys);
            throw new DomainException(
                DomainErrorKind.BusinessRule,
                "market-data-missing",
                "Market data is missing for the backtest",
                $"No daily bars from {Format(range.StartDate)} to {Format(range.EndDate)} for: {names}. Import data for them or choose another range.")
            {
                Errors = missing,
            };
        }
    }

    private async Task<string> DescribeAvailableAsync(string symbol, BacktestRange range, CancellationToken cancellationToken)
    {
        string requested = $"{symbol} has no daily bars from {Format(range.StartDate)} to {Format(range.EndDate)}";
        IReadOnlyList<Bar> first = await reader.GetBarsAsync(symbol, BarInterval.OneDay, Earliest, Latest, 1, cancellationToken);
        if (first.Count == 0)
        {
            return $"{requested}; no daily bars are stored for it at all.";
        }

        // The reader only reads forward, so the last date is found by paging; this runs on the error path only.
        IReadOnlyList<Bar> all = await loader.LoadAsync(symbol, first[0].Start, Latest, cancellationToken);
        return $"{requested}; available from {Format(first[0].Start)} to {Format(all[^1].Start)}.";
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(DateTimeOffset start) => start.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
