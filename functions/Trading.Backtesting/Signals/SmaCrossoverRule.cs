using Trading.Backtesting.Indicators;

namespace Trading.Backtesting.Signals;

/// <summary>Long while the fast simple moving average is strictly above the slow one, flat otherwise and during warm-up.</summary>
public struct SmaCrossoverRule : ISignalRule
{
    private readonly SimpleMovingAverage _fast;
    private readonly SimpleMovingAverage _slow;
    private double[] _fastBlock;
    private double[] _slowBlock;

    public SmaCrossoverRule(int fastPeriod, int slowPeriod)
    {
        _fast = new SimpleMovingAverage(fastPeriod);
        _slow = new SimpleMovingAverage(slowPeriod);
        _fastBlock = [];
        _slowBlock = [];
    }

    public readonly int WarmUpPeriod => Math.Max(_fast.WarmUpPeriod, _slow.WarmUpPeriod);

    public readonly bool Update(double close)
    {
        _fast.Update(close);
        _slow.Update(close);
        return _slow.IsReady && _fast.IsReady && _fast.Value > _slow.Value;
    }

    /// <summary>Block form: both averages for the block first, then one comparison pass.</summary>
    public void Update(ReadOnlySpan<double> closes, Span<bool> wantLong)
    {
        if (_fastBlock.Length < closes.Length)
        {
            _fastBlock = new double[closes.Length];
            _slowBlock = new double[closes.Length];
        }

        Span<double> fast = _fastBlock.AsSpan(0, closes.Length);
        Span<double> slow = _slowBlock.AsSpan(0, closes.Length);
        int firstReady = Math.Max(_fast.Update(closes, fast), _slow.Update(closes, slow));
        for (int i = 0; i < firstReady; i++)
        {
            wantLong[i] = false;
        }

        for (int i = firstReady; i < closes.Length; i++)
        {
            wantLong[i] = fast[i] > slow[i];
        }
    }
}
