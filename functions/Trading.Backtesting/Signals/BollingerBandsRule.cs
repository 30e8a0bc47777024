using Trading.Backtesting.Indicators;

namespace Trading.Backtesting.Signals;

/// <summary>
/// Goes long when the close is strictly below the lower band and back to flat when the close is strictly above
/// the middle band; otherwise keeps the previous wish. Flat during warm-up.
/// </summary>
public struct BollingerBandsRule : ISignalRule
{
    private readonly BollingerBands _bands;
    private bool _long;

    public BollingerBandsRule(int period, double numStd)
    {
        _bands = new BollingerBands(period, numStd);
        _long = false;
    }

    public readonly int WarmUpPeriod => _bands.WarmUpPeriod;

    public bool Update(double close)
    {
        _bands.Update(close);
        if (!_bands.IsReady)
        {
            return false;
        }

        if (close < _bands.Lower)
        {
            _long = true;
        }
        else if (close > _bands.Middle)
        {
            _long = false;
        }

        return _long;
    }

    public void Update(ReadOnlySpan<double> closes, Span<bool> wantLong) => SignalBlocks.UpdateEach(ref this, closes, wantLong);
}
