using Trading.Backtesting.Statistics;

namespace Trading.Backtesting.Engine;

/// <summary>
/// The fan-in step: sums sleeve equity curves on the union of their dates and computes the portfolio statistics.
/// Before a sleeve's first bar its equity is its initial capital; after its last bar, and on dates where its
/// symbol has no bar, its last equity carries forward.
/// </summary>
public static class PortfolioCombiner
{
    /// <param name="sleeves">One result per symbol, in the strategy's symbol order; at least one.</param>
    /// <param name="annualRiskFreeRate">Annual fraction for Sharpe and Sortino; pass the same rate the sleeves used.</param>
    public static PortfolioBacktestResult Combine(IReadOnlyList<SymbolBacktestResult> sleeves, double annualRiskFreeRate = 0.0)
    {
        ArgumentNullException.ThrowIfNull(sleeves);
        if (sleeves.Count == 0)
        {
            throw new ArgumentException("At least one sleeve is needed.", nameof(sleeves));
        }

        DateOnly[] dates = UnionOfDates(sleeves);
        double[] equity = new double[dates.Length];
        double initialCapital = 0.0;
        foreach (SymbolBacktestResult sleeve in sleeves)
        {
            initialCapital += sleeve.InitialCapital;
            AddSleeve(sleeve, dates, equity);
        }

        var statistics = new EquityStatisticsAccumulator(annualRiskFreeRate);
        foreach (double value in equity)
        {
            statistics.Add(value);
        }

        List<Trade> trades = sleeves.SelectMany(sleeve => sleeve.Trades)
            .OrderBy(trade => trade.EntryDate)
            .ThenBy(trade => trade.Symbol, StringComparer.Ordinal)
            .ToList();
        double exposure = sleeves.Average(sleeve => sleeve.Statistics.Exposure);

        return new PortfolioBacktestResult(
            sleeves.Select(sleeve => sleeve.Symbol).ToArray(),
            initialCapital,
            dates.Length == 0 ? initialCapital : equity[^1],
            trades,
            new EquityCurve(dates, equity),
            statistics.ToStatistics(TradeSummary.From(trades), exposure));
    }

    private static DateOnly[] UnionOfDates(IReadOnlyList<SymbolBacktestResult> sleeves)
    {
        var all = new List<DateOnly>(sleeves.Sum(sleeve => sleeve.EquityCurve.Count));
        foreach (SymbolBacktestResult sleeve in sleeves)
        {
            all.AddRange(sleeve.EquityCurve.Dates);
        }

        all.Sort();
        int unique = 0;
        for (int i = 0; i < all.Count; i++)
        {
            if (unique == 0 || all[i] != all[unique - 1])
            {
                all[unique++] = all[i];
            }
        }

        return all.GetRange(0, unique).ToArray();
    }

    private static void AddSleeve(SymbolBacktestResult sleeve, DateOnly[] dates, double[] total)
    {
        DateOnly[] sleeveDates = sleeve.EquityCurve.Dates;
        double[] sleeveEquity = sleeve.EquityCurve.Equity;
        if (sleeveDates.Length != sleeveEquity.Length)
        {
            throw new ArgumentException($"The equity curve of {sleeve.Symbol} has {sleeveDates.Length} dates but {sleeveEquity.Length} values.", nameof(sleeve));
        }

        double current = sleeve.InitialCapital;
        int next = 0;
        for (int i = 0; i < dates.Length; i++)
        {
            if (next < sleeveDates.Length && sleeveDates[next] == dates[i])
            {
                current = sleeveEquity[next];
                next++;
            }

            total[i] += current;
        }
    }
}
