namespace Trading.Backtests;

/// <summary>An unvalidated backtest request as the client sent it; dates are <c>YYYY-MM-DD</c> strings.</summary>
public sealed record BacktestRequest(string? StartDate, string? EndDate, decimal? InitialCapital);
