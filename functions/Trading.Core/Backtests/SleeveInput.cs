namespace Trading.Backtests;

/// <summary>Input of the fan-out activity that backtests one symbol's sleeve.</summary>
/// <param name="SleeveCapital">The sleeve's share of the initial capital, in the account currency.</param>
public sealed record SleeveInput(
    string BacktestId,
    string Symbol,
    string StrategyType,
    string ParametersJson,
    DateOnly StartDate,
    DateOnly EndDate,
    double SleeveCapital);
