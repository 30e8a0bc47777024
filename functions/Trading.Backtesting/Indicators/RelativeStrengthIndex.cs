namespace Trading.Backtesting.Indicators;

/// <summary>
/// Wilder's relative strength index on a 0..100 scale. The first average gain and loss are simple means of the
/// first <c>period</c> price changes, later ones use Wilder smoothing <c>avg = (avg × (period − 1) + x) / period</c>.
/// Warm-up: <c>period + 1</c> prices (that is, <c>period</c> changes). When the average loss is 0 the value is
/// 100, or 50 when the average gain is 0 as well (a flat series).
/// </summary>
public sealed class RelativeStrengthIndex : IIndicator
{
    private int _count;
    private double _previous;
    private double _averageGain;
    private double _averageLoss;

    public RelativeStrengthIndex(int period)
    {
        Period = IndicatorPeriod.Require(period, nameof(period));
    }

    public int Period { get; }

    public int WarmUpPeriod => Period + 1;

    public bool IsReady => _count > Period;

    public double Value
    {
        get
        {
            if (!IsReady)
            {
                return 0.0;
            }

            if (_averageLoss == 0.0)
            {
                return _averageGain == 0.0 ? 50.0 : 100.0;
            }

            return 100.0 - (100.0 / (1.0 + (_averageGain / _averageLoss)));
        }
    }

    public void Update(double value)
    {
        if (_count == 0)
        {
            _previous = value;
            _count = 1;
            return;
        }

        double change = value - _previous;
        _previous = value;
        double gain = change > 0.0 ? change : 0.0;
        double loss = change < 0.0 ? -change : 0.0;

        if (_count <= Period)
        {
            // Seeding: sum the first `period` changes, then turn the sums into simple means.
            _averageGain += gain;
            _averageLoss += loss;
            _count++;
            if (_count > Period)
            {
                _averageGain /= Period;
                _averageLoss /= Period;
            }

            return;
        }

        _averageGain = ((_averageGain * (Period - 1)) + gain) / Period;
        _averageLoss = ((_averageLoss * (Period - 1)) + loss) / Period;
    }

    public void Reset()
    {
        _count = 0;
        _previous = 0.0;
        _averageGain = 0.0;
        _averageLoss = 0.0;
    }
}
