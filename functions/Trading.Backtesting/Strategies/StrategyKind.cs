namespace Trading.Backtesting.Strategies;

/// <summary>Built-in strategy types; <see cref="StrategyKinds"/> maps them to their snake_case API names.</summary>
public enum StrategyKind
{
    SmaCrossover,
    EmaCrossover,
    RsiMeanReversion,
    BollingerBands,
    Momentum,
    BuyAndHold,
}
