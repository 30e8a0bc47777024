namespace Trading.Functions.Backtests;

/// <summary>Headline statistics as fractions: total return, annualised Sharpe ratio (252 days, risk-free 0), maximum drawdown.</summary>
public sealed record BacktestSummaryResponse(double TotalReturn, double SharpeRatio, double MaxDrawdown);
