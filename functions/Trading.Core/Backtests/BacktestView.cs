namespace Trading.Backtests;

/// <summary>
/// A backtest as its owner sees it: the stored document merged with the live state of its orchestration,
/// which reports the progress and any failure the document does not show yet.
/// </summary>
public sealed record BacktestView(Backtest Backtest, BacktestStatus Status, BacktestProgress Progress, string? Error);
