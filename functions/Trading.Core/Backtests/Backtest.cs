namespace Trading.Backtests;

/// <summary>
/// One backtest run of a strategy over an inclusive date range. Its id is also the id of the orchestration
/// instance that runs it.
/// </summary>
/// <param name="Symbols">The strategy's symbols at the time of the run, in its order.</param>
/// <param name="InitialCapital">Account-currency cash split equally over <paramref name="Symbols"/>.</param>
/// <param name="Statistics">Set when <paramref name="Status"/> is completed.</param>
/// <param name="Error">Why the run failed, safe to show the owner. Set when <paramref name="Status"/> is failed.</param>
/// <param name="ResultBlob">Blob name of the full portfolio result (equity curve and trades), once completed.</param>
public sealed record Backtest(
    string Id,
    string UserId,
    string StrategyId,
    IReadOnlyList<string> Symbols,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal InitialCapital,
    BacktestStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt = null,
    BacktestStatistics? Statistics = null,
    string? Error = null,
    string? ResultBlob = null);
