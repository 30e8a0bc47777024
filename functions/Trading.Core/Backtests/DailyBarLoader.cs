using Trading.Backtesting.Engine;
using Trading.MarketData;

namespace Trading.Backtests;

/// <summary>Loads a symbol's daily bars for a backtest and converts them to the engine's columns.</summary>
public sealed class DailyBarLoader(IMarketDataReader reader)
{
    /// <summary>Bars per read: the most the market-data reader returns per call.</summary>
    public const int PageSize = 5000;

    /// <summary>Returns every daily bar with <c>from &lt;= start &lt; to</c>, reading page by page.</summary>
    public async Task<IReadOnlyList<Bar>> LoadAsync(string symbol, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var bars = new List<Bar>();
        DateTimeOffset next = from;
        while (true)
        {
            IReadOnlyList<Bar> page = await reader.GetBarsAsync(symbol, BarInterval.OneDay, next, to, PageSize, cancellationToken);
            bars.AddRange(page);
            if (page.Count < PageSize)
            {
                return bars;
            }

            next = page[^1].Start.AddTicks(1);
        }
    }

    /// <summary>
    /// Converts bars to a <see cref="BarSeries"/>. Adjusted prices are used when <paramref name="preferAdjusted"/>
    /// is set and every bar has them; a series that mixed adjusted and raw prices would show false jumps, so
    /// one bar without them makes the whole series raw.
    /// </summary>
    public static BarSeries ToSeries(string symbol, IReadOnlyList<Bar> bars, bool preferAdjusted, out bool adjusted)
    {
        adjusted = preferAdjusted && bars.Count > 0 && bars.All(bar => bar.Adjusted is not null);
        int count = bars.Count;
        var dates = new DateOnly[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        for (int i = 0; i < count; i++)
        {
            Bar bar = bars[i];
            dates[i] = DateOnly.FromDateTime(bar.Start.UtcDateTime);
            if (adjusted)
            {
                AdjustedPrices prices = bar.Adjusted!;
                (open[i], high[i], low[i], close[i]) = ((double)prices.Open, (double)prices.High, (double)prices.Low, (double)prices.Close);
            }
            else
            {
                (open[i], high[i], low[i], close[i]) = ((double)bar.Open, (double)bar.High, (double)bar.Low, (double)bar.Close);
            }
        }

        return new BarSeries(symbol, dates, open, high, low, close);
    }
}
