namespace Trading.Backtests;

/// <summary>
/// A backtest cannot run for a reason that retrying will not fix and that the owner may read, such as
/// stored parameters that no longer parse. The orchestration shows its message as the failure reason.
/// </summary>
public sealed class BacktestRunException(string message) : Exception(message);
