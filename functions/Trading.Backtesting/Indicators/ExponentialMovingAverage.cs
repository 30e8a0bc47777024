namespace Trading.Backtesting.Indicators;

/// <summary>
/// Exponential moving average with smoothing factor 2 / (period + 1), seeded with the simple average of the
/// first <c>period</c> values: the value at the <c>period</c>-th input equals that simple average, and each
/// later input x moves it to <c>previous + alpha × (x − previous)</c>. Warm-up: <c>period</c> values.
/// </summary>
public sealed class ExponentialMovingAverage : IIndicator
{
    private readonly double _alpha;
    private int _count;
    private double _seedSum;
    private double _value;

    public ExponentialMovingAverage(int period)
    {
        Period = IndicatorPeriod.Require(period, nameof(period));
        _alpha = 2.0 / (period + 1);
    }

    public int Period { get; }

    public int WarmUpPeriod => Period;

    public bool IsReady => _count >= Period;

    public double Value => IsReady ? _value : 0.0;

    public void Update(double value)
    {
        if (_count >= Period)
        {
            _value += _alpha * (value - _value);
            return;
        }

        _count++;
        _seedSum += value;
        if (_count == Period)
        {
            _value = _seedSum / Period;
        }
    }

    public void Reset()
    {
        _count = 0;
        _seedSum = 0.0;
        _value = 0.0;
    }
}
