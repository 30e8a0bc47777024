using Trading.Backtesting.Indicators;

namespace Trading.Backtesting.Signals;

/// <summary>
/// Goes long when the RSI closes strictly below <c>oversold</c> and back to flat when it closes strictly above
/// <c>overbought</c>; between the two it keeps the previous wish. Flat during warm-up.
/// </summary>
public struct RsiMeanReversionRule : ISignalRule
{
    private readonly RelativeStrengthIndex _rsi;
    private readonly double _oversold;
    private readonly double _overbought;
    private bool _long;

    public RsiMeanReversionRule(int period, double oversold, double overbought)
    {
        _rsi = new RelativeStrengthIndex(period);
        _oversold = oversold;
        _overbought = overbought;
        _long = false;
    }

    public readonly int WarmUpPeriod => _rsi.WarmUpPeriod;

    public bool Update(double close)
    {
        _rsi.Update(close);
        if (!_rsi.IsReady)
        {
            return false;
        }

        double value = _rsi.Value;
        if (value < _oversold)
        {
            _long = true;
        }
        else if (value > _overbought)
        {
            _long = false;
        }

        return _long;
    }

    public void Update(ReadOnlySpan<double> closes, Span<bool> wantLong) => SignalBlocks.UpdateEach(ref this, closes, wantLong);
}
