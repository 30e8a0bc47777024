using Trading.Backtesting.Indicators;

namespace Trading.Backtesting.Signals;

/// <summary>Long while the fast exponential moving average is strictly above the slow one, flat otherwise and during warm-up.</summary>
public struct EmaCrossoverRule : ISignalRule
{
    private readonly ExponentialMovingAverage _fast;
    private readonly ExponentialMovingAverage _slow;

    public EmaCrossoverRule(int fastPeriod, int slowPeriod)
    {
        _fast = new ExponentialMovingAverage(fastPeriod);
        _slow = new ExponentialMovingAverage(slowPeriod);
    }

    public readonly int WarmUpPeriod => Math.Max(_fast.WarmUpPeriod, _slow.WarmUpPeriod);

    public readonly bool Update(double close)
    {
        _fast.Update(close);
        _slow.Update(close);
        return _slow.IsReady && _fast.IsReady && _fast.Value > _slow.Value;
    }

    public void Update(ReadOnlySpan<double> closes, Span<bool> wantLong) => SignalBlocks.UpdateEach(ref this, closes, wantLong);
}
