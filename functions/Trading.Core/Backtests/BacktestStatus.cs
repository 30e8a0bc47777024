namespace Trading.Backtests;

/// <summary>Life cycle of a backtest: pending until its orchestration runs, then running, then completed or failed.</summary>
public enum BacktestStatus
{
    Pending,
    Running,
    Completed,
    Failed,
}
