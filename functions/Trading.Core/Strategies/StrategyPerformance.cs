namespace Trading.Strategies;

/// <summary>
/// Headline numbers of a strategy's newest completed backtest, as fractions (0.12 is 12 %);
/// the Sharpe ratio is annualised with 252 trading days and a risk-free rate of 0.
/// </summary>
public sealed record StrategyPerformance(string BacktestId, double TotalReturn, double SharpeRatio, double MaxDrawdown, DateTimeOffset CompletedAt);
