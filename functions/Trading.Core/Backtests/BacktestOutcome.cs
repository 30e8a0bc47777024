namespace Trading.Backtests;

/// <summary>Output of a completed orchestration: the headline statistics, as fractions.</summary>
public sealed record BacktestOutcome(string BacktestId, double TotalReturn, double SharpeRatio, double MaxDrawdown);
