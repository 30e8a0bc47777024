using System.Runtime.CompilerServices;

namespace Trading.Backtesting.Statistics;

/// <summary>
/// Streaming statistics of an equity curve, fed one point per bar in O(1) with no allocation. Returns are
/// daily simple returns <c>r_t = E_t / E_{t−1} − 1</c>; a step that starts from zero equity counts as a
/// return of 0, and a return above <see cref="MaxReturn"/> counts as that value so that sums cannot overflow. Mean and variance use Welford's update per point and a pairwise merge per block, so long curves keep their precision.
/// </summary>
public struct EquityStatisticsAccumulator
{
    /// <summary>Largest single-bar return counted (1e100, a gain no real series has); its square still fits in a double.</summary>
    public const double MaxReturn = 1e100;

    private readonly double _dailyRiskFree;
    private int _points;
    private double _first;
    private double _previous;
    private double _mean;
    private double _squaredDeviations;
    private double _downsideSquares;
    private double _peak;
    private double _maxDrawdown;
    private double _drawdownThreshold;

    /// <param name="annualRiskFreeRate">Annual rate as a fraction, spread evenly as <c>rate / 252</c> per bar.</param>
    public EquityStatisticsAccumulator(double annualRiskFreeRate)
    {
        _dailyRiskFree = annualRiskFreeRate / TradingCalendar.BarsPerYear;
    }

    public readonly int Points => _points;

    public readonly double LastEquity => _previous;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double equity)
    {
        if (_points == 0)
        {
            _points = 1;
            _first = equity;
            _previous = equity;
            _peak = equity;
            _drawdownThreshold = equity;
            return;
        }

        double previous = _previous;
        double simpleReturn = previous > 0.0 ? Math.Min((equity / previous) - 1.0, MaxReturn) : 0.0;
        _previous = equity;
        _points++;

        // Welford; the reciprocal depends only on the count, which keeps the division off the mean's dependency chain.
        double delta = simpleReturn - _mean;
        _mean += delta * (1.0 / (_points - 1));
        _squaredDeviations += delta * (simpleReturn - _mean);

        double shortfall = Math.Min(simpleReturn - _dailyRiskFree, 0.0);
        _downsideSquares += shortfall * shortfall;

        UpdateDrawdown(equity, ref _peak, ref _maxDrawdown, ref _drawdownThreshold);
    }

    /// <summary>
    /// Moves the peak and the maximum drawdown for one point. It divides only when the point is below the
    /// threshold at which a deeper drawdown may have started, not on every bar.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UpdateDrawdown(double equity, ref double peak, ref double maxDrawdown, ref double threshold)
    {
        if (equity > peak)
        {
            peak = equity;
            threshold = equity * (1.0 - maxDrawdown);
        }
        else if (equity < threshold)
        {
            double drawdown = 1.0 - (equity / peak);
            if (drawdown > maxDrawdown)
            {
                maxDrawdown = drawdown;
                threshold = peak * (1.0 - drawdown);
            }
        }
    }

    /// <summary>Returns per chunk of <see cref="AddRange"/>; 8 KiB of stack, small enough to stay in L1.</summary>
    private const int ChunkSize = 1024;

    /// <summary>
    /// Adds a block of points in order; the same statistics as <see cref="Add(double)"/> on each, to rounding.
    /// Each chunk of returns is summarised by its own mean and sum of squared deviations, in two passes over
    /// data still in cache. The chunk's moments are then merged into the running ones with the pairwise update
    /// for two samples, which keeps Welford's stability without a division per bar.
    /// </summary>
    public void AddRange(ReadOnlySpan<double> equity)
    {
        int start = 0;
        if (_points == 0 && equity.Length > 0)
        {
            Add(equity[0]);
            start = 1;
        }

        Span<double> returns = stackalloc double[ChunkSize];
        while (start < equity.Length)
        {
            int length = Math.Min(ChunkSize, equity.Length - start);
            AddChunk(equity.Slice(start, length), returns[..length]);
            start += length;
        }
    }

    private void AddChunk(ReadOnlySpan<double> equity, Span<double> returns)
    {
        double previous = _previous;
        double downsideSquares = _downsideSquares;
        double peak = _peak;
        double maxDrawdown = _maxDrawdown;
        double threshold = _drawdownThreshold;
        double dailyRiskFree = _dailyRiskFree;
        double sum = 0.0;

        // First pass: returns, downside squares and drawdown, in bar order.
        for (int i = 0; i < equity.Length; i++)
        {
            double value = equity[i];
            double simpleReturn = previous > 0.0 ? Math.Min((value / previous) - 1.0, MaxReturn) : 0.0;
            previous = value;
            returns[i] = simpleReturn;
            sum += simpleReturn;

            double shortfall = Math.Min(simpleReturn - dailyRiskFree, 0.0);
            downsideSquares += shortfall * shortfall;

            UpdateDrawdown(value, ref peak, ref maxDrawdown, ref threshold);
        }

        // Second pass: squared deviations from the chunk's own mean, which are small, so their sum stays accurate.
        int count = equity.Length;
        double chunkMean = sum / count;
        double chunkSquaredDeviations = 0.0;
        for (int i = 0; i < count; i++)
        {
            double deviation = returns[i] - chunkMean;
            chunkSquaredDeviations += deviation * deviation;
        }

        // Merge: n_a returns so far, n_b in this chunk.
        double before = _points - 1;
        double total = before + count;
        double delta = chunkMean - _mean;
        _mean += delta * (count / total);
        _squaredDeviations += chunkSquaredDeviations + (delta * delta * (before * count / total));

        _points += count;
        _previous = previous;
        _downsideSquares = downsideSquares;
        _peak = peak;
        _maxDrawdown = maxDrawdown;
        _drawdownThreshold = threshold;
    }

    /// <summary>Builds the statistics of the points added so far, with the trade figures supplied by the caller.</summary>
    public readonly PerformanceStatistics ToStatistics(TradeSummary trades, double exposure)
    {
        int returns = _points - 1;
        double excessMean = _mean - _dailyRiskFree;

        double totalReturn = returns > 0 && _first > 0.0 ? (_previous / _first) - 1.0 : 0.0;
        double standardDeviation = returns >= 2 ? Math.Sqrt(Math.Max(_squaredDeviations, 0.0) / (returns - 1)) : 0.0;
        double downsideDeviation = returns >= 1 ? Math.Sqrt(_downsideSquares / returns) : 0.0;

        double sharpe = standardDeviation > 0.0 ? FiniteOrZero(excessMean / standardDeviation * TradingCalendar.SqrtBarsPerYear) : 0.0;
        double sortino = downsideDeviation > 0.0 ? FiniteOrZero(excessMean / downsideDeviation * TradingCalendar.SqrtBarsPerYear) : 0.0;

        return new PerformanceStatistics(
            TotalReturn: totalReturn,
            Cagr: CompoundAnnualGrowth(returns),
            AnnualizedVolatility: FiniteOrZero(standardDeviation * TradingCalendar.SqrtBarsPerYear),
            SharpeRatio: sharpe,
            SortinoRatio: sortino,
            MaxDrawdown: _maxDrawdown,
            TradeCount: trades.Count,
            WinRate: trades.WinRate,
            ProfitFactor: trades.ProfitFactor,
            Exposure: exposure,
            BarCount: _points);
    }

    private readonly double CompoundAnnualGrowth(int returns)
    {
        if (returns <= 0 || !(_first > 0.0))
        {
            return 0.0;
        }

        if (_previous <= 0.0)
        {
            return -1.0;
        }

        double growth = Math.Pow(_previous / _first, (double)TradingCalendar.BarsPerYear / returns) - 1.0;
        return double.IsFinite(growth) ? growth : double.MaxValue;
    }

    private static double FiniteOrZero(double value) => double.IsFinite(value) ? value : 0.0;
}
