namespace Trading.Backtests;

/// <summary>
/// Input of the backtest orchestration. Everything a run needs is copied in at start, so the orchestration
/// does no reads of its own and stays deterministic. The strategy's parameters travel as their JSON object.
/// </summary>
/// <param name="StrategyType">API name of the strategy type, such as <c>sma_crossover</c>.</param>
/// <param name="ParametersJson">The strategy's parameters with effective defaults, as a JSON object.</param>
/// <param name="StartDate">First date, inclusive.</param>
/// <param name="EndDate">Last date, inclusive.</param>
public sealed record BacktestInput(
    string BacktestId,
    string UserId,
    string StrategyId,
    string StrategyType,
    string ParametersJson,
    IReadOnlyList<string> Symbols,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal InitialCapital);
