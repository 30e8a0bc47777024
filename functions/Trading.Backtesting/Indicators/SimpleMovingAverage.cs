namespace Trading.Backtesting.Indicators;

/// <summary>
/// Arithmetic mean of the last <c>period</c> values, kept as a rolling sum over a ring buffer.
/// Warm-up: <c>period</c> values.
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

    public double Value => IsReady ? _sum / Period : 0.0;

    public void Update(double value)
    {
        double[] window = _window;
        int next = _next;
        _sum += value - window[next];
        window[next] = value;
        next++;
        _next = next == window.Length ? 0 : next;
        if (_count < Period)
        {
            _count++;
        }
    }

    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _sum = 0.0;
    }
}
