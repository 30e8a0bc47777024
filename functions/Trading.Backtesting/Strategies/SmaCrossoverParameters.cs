namespace Trading.Backtesting.Strategies;

/// <summary><c>sma_crossover</c>: long while the fast simple moving average is above the slow one.</summary>
public sealed record SmaCrossoverParameters : CrossoverParameters
{
    public override StrategyKind Kind => StrategyKind.SmaCrossover;
}
