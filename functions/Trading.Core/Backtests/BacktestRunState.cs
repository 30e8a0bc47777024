namespace Trading.Backtests;

/// <summary>What the orchestration runtime reports about a backtest's instance.</summary>
/// <param name="Progress">The orchestration's last custom status, or null before it set one.</param>
/// <param name="FailureMessage">The runtime's failure message when <paramref name="Status"/> is failed.</param>
public sealed record BacktestRunState(BacktestStatus Status, BacktestProgress? Progress, string? FailureMessage);
