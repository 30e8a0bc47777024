using Trading.Backtesting.Statistics;

namespace Trading.Backtests;

/// <summary>
/// Statistics of a finished backtest's portfolio equity curve, as the engine computes them (see
/// <see cref="PerformanceStatistics"/> for formulas and degenerate values). Ratios are fractions (0.12 is 12 %),
/// annualised with 252 trading days and a risk-free rate of 0.
/// </summary>
/// <param name="FinalEquity">Equity at the last close in the account currency, rounded to cents half away from zero.</param>
/// <param name="ProfitFactor">Gross profit over gross loss, or null when no trade lost money.</param>
public sealed record BacktestStatistics(
    double TotalReturn,
    double SharpeRatio,
    double MaxDrawdown,
    double Cagr,
    double Volatility,
    double SortinoRatio,
    int Trades,
    double WinRate,
    double? ProfitFactor,
    double Exposure,
    int BarCount,
    decimal FinalEquity)
{
    public static BacktestStatistics From(PerformanceStatistics statistics, double finalEquity) => new(
        statistics.TotalReturn,
        statistics.SharpeRatio,
        statistics.MaxDrawdown,
        statistics.Cagr,
        statistics.AnnualizedVolatility,
        statistics.SortinoRatio,
        statistics.TradeCount,
        statistics.WinRate,
        statistics.ProfitFactor,
        statistics.Exposure,
        statistics.BarCount,
        ToCents(finalEquity));

    private static decimal ToCents(double value) =>
        value >= (double)decimal.MaxValue ? decimal.MaxValue : Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
}
