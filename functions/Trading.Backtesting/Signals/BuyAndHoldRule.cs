namespace Trading.Backtesting.Signals;

/// <summary>Long from the first bar on, so the engine buys at the second bar's open and keeps the position to the end.</summary>
public struct BuyAndHoldRule : ISignalRule
{
    public readonly int WarmUpPeriod => 1;

    public readonly bool Update(double close) => true;

    public void Update(ReadOnlySpan<double> closes, Span<bool> wantLong) => SignalBlocks.UpdateEach(ref this, closes, wantLong);
}
