using Trading.Backtesting.Indicators;

namespace Trading.Backtesting.Signals;

/// <summary>Long while the fast simple moving average is strictly above the slow one, flat otherwise and during warm-up.</summary>
public struct SmaCrossoverRule : ISignalRule
{
    private readonly SimpleMovingAverage _fast;
    private readonly SimpleMovingAverage _slow;

    public SmaCrossoverRule(int fastPeriod, int slowPeriod)
    {
        _fast = new SimpleMovingAverage(fastPeriod);
        _slow = new SimpleMovingAverage(slowPeriod);
    }

    public readonly int WarmUpPeriod => Math.Max(_fast.WarmUpPeriod, _slow.WarmUpPeriod);

    public readonly bool Update(double close)
    {
        _fast.Update(close);
        _slow.Update(close);
        return _slow.IsReady && _fast.IsReady && _fast.Value > _slow.Value;
    }
}
