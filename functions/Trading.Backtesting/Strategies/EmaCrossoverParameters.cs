namespace Trading.Backtesting.Strategies;

/// <summary><c>ema_crossover</c>: long while the fast exponential moving average is above the slow one.</summary>
public sealed record EmaCrossoverParameters : CrossoverParameters
{
    public override StrategyKind Kind => StrategyKind.EmaCrossover;
}
