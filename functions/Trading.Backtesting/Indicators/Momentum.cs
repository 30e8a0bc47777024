namespace Trading.Backtesting.Indicators;

/// <summary>
/// Rate of change over <c>lookback</c> bars: <c>value[t] / value[t − lookback] − 1</c>, as a fraction.
/// Warm-up: <c>lookback + 1</c> values. When the earlier value is zero or negative (a negative futures price,
/// for example) the ratio has no meaning and the value is 0.
/// </summary>
public sealed class Momentum : IIndicator
{
    private readonly double[] _window;
    private int _next;
    private int _count;
    private double _latest;

    public Momentum(int lookback)
    {
        Lookback = IndicatorPeriod.Require(lookback, nameof(lookback));
        _window = new double[lookback + 1];
    }

    public int Lookback { get; }

    public int WarmUpPeriod => Lookback + 1;

    public bool IsReady => _count > Lookback;

    public double Value
    {
        get
        {
            if (!IsReady)
            {
                return 0.0;
            }

            // The slot after the newest holds the value `lookback` bars earlier.
            double earlier = _window[_next];
            return earlier > 0.0 ? (_latest / earlier) - 1.0 : 0.0;
        }
    }

    public void Update(double value)
    {
        _window[_next] = value;
        _latest = value;
        _next = _next + 1 == _window.Length ? 0 : _next + 1;
        if (_count <= Lookback)
        {
            _count++;
        }
    }

    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _latest = 0.0;
    }
}
