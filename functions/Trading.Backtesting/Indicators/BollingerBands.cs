namespace Trading.Backtesting.Indicators;

/// <summary>
/// Bollinger bands: the middle band is the simple mean of the last <c>period</c> values and the outer bands lie
/// <c>numStd</c> population standard deviations (divisor <c>period</c>, not <c>period − 1</c>) above and below
/// it. The mean and sum of squared deviations slide in O(1) per value with an update that avoids the
/// cancellation of the sum-of-squares formula. Warm-up: <c>period</c> values. <see cref="Value"/> is the middle band.
/// </summary>
public sealed class BollingerBands : IIndicator
{
    private readonly double[] _window;
    private int _next;
    private int _count;
    private double _mean;
    private double _squaredDeviations;

    public BollingerBands(int period, double numStd)
    {
        Period = IndicatorPeriod.Require(period, nameof(period));
        if (!(numStd > 0.0) || double.IsInfinity(numStd))
        {
            throw new ArgumentOutOfRangeException(nameof(numStd), numStd, "The band width must be a positive finite number of standard deviations.");
        }

        NumStd = numStd;
        _window = new double[period];
    }

    public int Period { get; }

    public double NumStd { get; }

    public int WarmUpPeriod => Period;

    public bool IsReady => _count >= Period;

    public double Value => Middle;

    public double Middle => IsReady ? _mean : 0.0;

    /// <summary>Population standard deviation of the window; 0 until ready.</summary>
    public double StandardDeviation => IsReady ? Math.Sqrt(Math.Max(_squaredDeviations, 0.0) / Period) : 0.0;

    public double Upper => Middle + (NumStd * StandardDeviation);

    public double Lower => Middle - (NumStd * StandardDeviation);

    public void Update(double value)
    {
        if (_count < Period)
        {
            // Welford's running update while the window fills.
            _count++;
            double delta = value - _mean;
            _mean += delta / _count;
            _squaredDeviations += delta * (value - _mean);
        }
        else
        {
            double leaving = _window[_next];
            double previousMean = _mean;
            _mean += (value - leaving) / Period;
            _squaredDeviations += (value - leaving) * (value - _mean + leaving - previousMean);
        }

        _window[_next] = value;
        _next = _next + 1 == Period ? 0 : _next + 1;
    }

    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _count = 0;
        _mean = 0.0;
        _squaredDeviations = 0.0;
    }
}
