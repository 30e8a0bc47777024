using Trading.Backtesting.Strategies;

namespace Trading.Strategies;

/// <summary>A user's strategy: a built-in type with validated parameters. Strategies do not change after creation.</summary>
/// <param name="Id">See <see cref="StrategyIds"/>.</param>
/// <param name="UserId">Owner. Every read is scoped to it.</param>
/// <param name="Parameters">Valid parameters with every optional field at its effective value.</param>
/// <param name="Performance">Result of the newest completed backtest, or null before the first one.</param>
public sealed record Strategy(
    string Id,
    string UserId,
    string Name,
    StrategyParameters Parameters,
    DateTimeOffset CreatedAt,
    StrategyPerformance? Performance)
{
    /// <summary>API name of the type, such as <c>sma_crossover</c>.</summary>
    public string TypeName => StrategyKinds.ToName(Parameters.Kind);
}
