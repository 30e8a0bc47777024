namespace Trading.Backtesting.Strategies;

/// <summary>snake_case keys of the <c>parameters</c> object.</summary>
public static class ParameterNames
{
    public const string Symbols = "symbols";
    public const string CommissionBps = "commission_bps";
    public const string SlippageBps = "slippage_bps";
    public const string UseAdjustedPrices = "use_adjusted_prices";
    public const string FastPeriod = "fast_period";
    public const string SlowPeriod = "slow_period";
    public const string Period = "period";
    public const string Oversold = "oversold";
    public const string Overbought = "overbought";
    public const string NumStd = "num_std";
    public const string Lookback = "lookback";
}
