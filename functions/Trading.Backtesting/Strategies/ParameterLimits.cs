namespace Trading.Backtesting.Strategies;

/// <summary>Bounds that strategy parameters are validated against.</summary>
public static class ParameterLimits
{
    /// <summary>Longest indicator period or lookback, in bars (about four years of daily bars).</summary>
    public const int MaxPeriod = 1000;

    /// <summary>Shortest RSI and Bollinger period: a spread or a price change needs two values.</summary>
    public const int MinStatisticalPeriod = 2;

    public const int MaxSymbols = 20;

    public const int MaxSymbolLength = 12;

    /// <summary>Largest band width, in standard deviations.</summary>
    public const double MaxNumStd = 10.0;

    /// <summary>Largest commission or slippage, in basis points (10 %).</summary>
    public const double MaxCostBps = 1000.0;
}
