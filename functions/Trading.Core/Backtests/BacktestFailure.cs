namespace Trading.Backtests;

/// <summary>Input of the activity that marks a backtest failed.</summary>
/// <param name="Reason">Why the run failed, safe to show the owner (no storage details or stack traces).</param>
public sealed record BacktestFailure(string BacktestId, string UserId, string Reason, DateTimeOffset FailedAt);
