using Trading.Backtesting.Statistics;

namespace Trading.Backtesting.Engine;

/// <summary>
/// The fan-in step: sums sleeve equity curves on the union of their dates and computes the portfolio statistics.
/// Before a sleeve's first bar its equity is its initial capital. After its last bar, and on dates where its
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

        int[] days = UnionOfDays(sleeves);
        double[] equity = new double[days.Length];
        double initialCapital = 0.0;
        foreach (SymbolBacktestResult sleeve in sleeves)
        {
            initialCapital += sleeve.InitialCapital;
            AddSleeve(sleeve, days, equity);
        }

        var statistics = new EquityStatisticsAccumulator(annualRiskFreeRate);
        statistics.AddRange(equity);

        List<Trade> trades = sleeves.SelectMany(sleeve => sleeve.Trades)
            .OrderBy(trade => trade.EntryDay)
            .ThenBy(trade => trade.Symbol, StringComparer.Ordinal)
            .ToList();
        double exposure = sleeves.Average(sleeve => sleeve.Statistics.Exposure);

        return new PortfolioBacktestResult(
            sleeves.Select(sleeve => sleeve.Symbol).ToArray(),
            initialCapital,
            days.Length == 0 ? initialCapital : equity[^1],
            trades,
            new EquityCurve(days, equity),
            statistics.ToStatistics(TradeSummary.From(trades), exposure));
    }

    /// <summary>Merges the sleeves' sorted, distinct day lists one after another: O(total days × sleeves).</summary>
    private static int[] UnionOfDays(IReadOnlyList<SymbolBacktestResult> sleeves)
    {
        int[] union = [];
        foreach (SymbolBacktestResult sleeve in sleeves)
        {
            union = MergeDistinct(union, sleeve.EquityCurve.DayNumbers);
        }

        return union;
    }

    private static int[] MergeDistinct(int[] left, int[] right)
    {
        var merged = new int[left.Length + right.Length];
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < left.Length || j < right.Length)
        {
            int next = j >= right.Length || (i < left.Length && left[i] <= right[j]) ? left[i] : right[j];
            if (i < left.Length && left[i] == next)
            {
                i++;
            }

            if (j < right.Length && right[j] == next)
            {
                j++;
            }

            merged[count++] = next;
        }

        return count == merged.Length ? merged : merged[..count];
    }

    private static void AddSleeve(SymbolBacktestResult sleeve, int[] days, double[] total)
    {
        int[] sleeveDays = sleeve.EquityCurve.DayNumbers;
        double[] sleeveEquity = sleeve.EquityCurve.Equity;
        if (sleeveDays.Length != sleeveEquity.Length)
        {
            throw new ArgumentException($"The equity curve of {sleeve.Symbol} has {sleeveDays.Length} days but {sleeveEquity.Length} values.", nameof(sleeve));
        }

        double current = sleeve.InitialCapital;
        int next = 0;
        for (int i = 0; i < days.Length; i++)
        {
            if (next < sleeveDays.Length && sleeveDays[next] == days[i])
            {
                current = sleeveEquity[next];
                next++;
            }

            total[i] += current;
        }
    }
}
