namespace Trading.Backtesting.Indicators;

/// <summary>
/// Arithmetic mean of the last <c>period</c> values, kept as a rolling sum over a ring buffer. The sum is
/// recomputed from the window each time the buffer wraps (O(1) amortised), so rounding error from values long
/// gone cannot build up over millions of updates. Warm-up: <c>period</c> values.
/// </summary>
public sealed class SimpleMovingAverage : IIndicator
{
    private readonly double[] _window;
    private int _next;
    private int _count;
    private double _sum;

    public SimpleMovingAverage(int period)
    {
        Period = IndicatorPeriod.Require(period, nameof(period));
        _window = new double[period];
    }

    public int Period { get; }

    public int WarmUpPeriod => Period;

    public bool IsReady => _count >= Period;

    /// <summary>Sum of the values in the window; lets callers compare two averages without dividing.</summary>
    public double Sum => _sum;

    /// <summary>The sum times 1/period (not divided by period), so the block and per-value updates agree to the bit.</summary>
    public double Value => IsReady ? _sum * (1.0 / Period) : 0.0;

    public void Update(double value)
    {
        double[] window = _window;
        int next = _next;
        _sum += value - window[next];
        window[next] = value;
        next++;
        if (next == window.Length)
        {
            next = 0;
            _sum = SumOf(window);
        }

        _next = next;
        if (_count < Period)
        {
            _count++;
        }
    }

    /// <summary>
    /// Adds a block of values, writing the average after each one to <paramref name="averages"/> (0 before
    /// warm-up). Same result as calling <see cref="Update(double)"/> per value; the state stays in registers
    /// for the block, which is what makes the engine's per-bar cost low.
    /// </summary>
    /// <returns>Index of the first output that is ready; <c>values.Length</c> when none is.</returns>
    public int Update(ReadOnlySpan<double> values, Span<double> averages)
    {
        if (averages.Length < values.Length)
        {
            throw new ArgumentException("The output span is shorter than the input.", nameof(averages));
        }

        double[] window = _window;
        int next = _next;
        int count = _count;
        int period = Period;
        double sum = _sum;
        double reciprocal = 1.0 / period;
        int firstReady = count >= period ? 0 : Math.Min(values.Length, period - count - 1);
        for (int i = 0; i < values.Length; i++)
        {
            double value = values[i];
            sum += value - window[next];
            window[next] = value;
            next++;
            if (next == window.Length)
            {
                next = 0;
                sum = SumOf(window);
            }

            if (count < period)
            {
                count++;
            }

            averages[i] = count == period ? sum * reciprocal : 0.0;
        }

        _next = next;
        _count = count;
        _sum = sum;
        return firstReady;
    }

    private static double SumOf(double[] window)
    {
        double sum = 0.0;
        foreach (double value in window)
        {
            sum += value;
        }

        return sum;
    }

    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _sum = 0.0;
    }
}
