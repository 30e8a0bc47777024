namespace Trading.Backtesting.Signals;

/// <summary>Long from the first bar on, so the engine buys at the second bar's open and holds to the end.</summary>
public readonly struct BuyAndHoldRule : ISignalRule
{
    public int WarmUpPeriod => 1;

    public bool Update(double close) => true;
}
