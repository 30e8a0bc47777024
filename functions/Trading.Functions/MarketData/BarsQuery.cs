using Microsoft.AspNetCore.Http;
using Trading.Common;
using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>
/// A validated bars request: bars of <see cref="Symbol"/> and <see cref="Interval"/> with
/// <c>From &lt;= start &lt; To</c> (UTC), at most <see cref="Limit"/> of them.
/// </summary>
public sealed record BarsQuery(string Symbol, BarInterval Interval, DateTimeOffset From, DateTimeOffset To, int Limit)
{
    /// <summary>Maximum bars in one response. Longer ranges are paged by <c>next_from</c>.</summary>
    public const int MaxLimit = 5_000;

    private static readonly string[] Parameters = ["interval", "from", "to", "limit"];

    /// <summary>
    /// Reads the route symbol and the query. Defaults: interval <c>1d</c>, the whole stored history, and
    /// <see cref="MaxLimit"/> bars.
    /// </summary>
    /// <exception cref="DomainException">A validation error naming each bad parameter.</exception>
    public static BarsQuery Parse(string? routeSymbol, IQueryCollection query)
    {
        var errors = new ValidationErrors();
        string? symbol = MarketQueryString.Symbol(routeSymbol, errors);
        MarketQueryString.RejectUnknownAndRepeated(query, Parameters, errors);

        BarInterval interval = BarInterval.OneDay;
        string? intervalText = MarketQueryString.Value(query, "interval");
        if (intervalText is not null && !BarIntervals.TryParse(intervalText, out interval))
        {
            errors.Add("interval", $"'{intervalText}' is not an interval; use {BarIntervals.OneMinuteName} or {BarIntervals.OneDayName}.");
        }

        DateTimeOffset? from = MarketQueryString.Bound(MarketQueryString.Value(query, "from"), "from", upper: false, errors);
        DateTimeOffset? to = MarketQueryString.Bound(MarketQueryString.Value(query, "to"), "to", upper: true, errors);
        int? limit = MarketQueryString.Integer(MarketQueryString.Value(query, "limit"), "limit", 1, MaxLimit, errors);

        DateTimeOffset start = from ?? DateTimeOffset.MinValue;
        DateTimeOffset end = to ?? DateTimeOffset.MaxValue;
        if (!errors.Has("from") && !errors.Has("to") && start >= end)
        {
            errors.Add("from", $"The range is empty: from ({start.UtcDateTime:O}) must be before to ({end.UtcDateTime:O}, exclusive).");
        }

        errors.ThrowIfAny();
        return new BarsQuery(symbol!, interval, start, end, limit ?? MaxLimit);
    }
}
