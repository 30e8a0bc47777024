using Trading.Backtesting.Indicators;

namespace Trading.Backtesting.Signals;

/// <summary>Long while the return over the last <c>lookback</c> bars is strictly positive, flat otherwise and during warm-up.</summary>
public struct MomentumRule : ISignalRule
{
    private readonly Momentum _momentum;

    public MomentumRule(int lookback)
    {
        _momentum = new Momentum(lookback);
    }

    public readonly int WarmUpPeriod => _momentum.WarmUpPeriod;

    public readonly bool Update(double close)
    {
        _momentum.Update(close);
        return _momentum.IsReady && _momentum.Value > 0.0;
    }

    public void Update(ReadOnlySpan<double> closes, Span<bool> wantLong) => SignalBlocks.UpdateEach(ref this, closes, wantLong);
}
