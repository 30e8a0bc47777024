using Trading.MarketData;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// Seeded random-walk daily bars on weekdays, so backtests over them trade and always give the same result.
/// When <c>withAdjusted</c> is set every bar also carries adjusted prices that drift away from the raw ones,
/// so a run on adjusted prices differs from one on raw prices.
/// </summary>
public static class SyntheticBars
{
    public static IReadOnlyList<Bar> Create(string symbol, DateOnly first, DateOnly last, int seed, bool withAdjusted)
    {
        var random = new Random(seed);
        var bars = new List<Bar>();
        double close = 100.0;
        int index = 0;
        for (DateOnly date = first; date <= last; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            double open = close * (1.0 + ((random.NextDouble() - 0.5) * 0.01));
            close = Math.Max(1.0, open * (1.0 + ((random.NextDouble() - 0.48) * 0.04)));
            decimal o = Math.Round((decimal)open, 2), c = Math.Round((decimal)close, 2);
            decimal h = Math.Max(o, c) + 0.5m, l = Math.Max(0.01m, Math.Min(o, c) - 0.5m);
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var bar = new Bar(symbol, BarInterval.OneDay, start, o, h, l, c, 1000m, BarOrigin.Import);
            if (withAdjusted)
            {
                decimal factor = 1m + (index * 0.001m);
                bar = bar with { Adjusted = new AdjustedPrices(o * factor, h * factor, l * factor, c * factor, 1000m) };
            }

            bars.Add(bar);
            index++;
        }

        return bars;
    }
}
