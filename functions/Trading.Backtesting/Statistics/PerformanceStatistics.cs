namespace Trading.Backtesting.Statistics;

/// <summary>
/// Statistics of one equity curve and its trades. Fractions, not percent: 0.12 is 12 %. Annualisation uses
/// 252 bars per year. No field is ever NaN or infinity; the degenerate cases are listed per field.
/// </summary>
/// <param name="TotalReturn"><c>E_end / E_start − 1</c>; 0 for fewer than two bars.</param>
/// <param name="Cagr">
/// <c>(E_end / E_start)^(252 / returns) − 1</c> with <c>returns = bars − 1</c>; 0 for fewer than two bars,
/// −1 when the equity ends at 0, and <see cref="double.MaxValue"/> when the power overflows.
/// </param>
/// <param name="AnnualizedVolatility"><c>std(r, n−1) × √252</c> of the daily simple returns; 0 for fewer than two returns.</param>
/// <param name="SharpeRatio">
/// <c>(mean(r) − rf/252) / std(r, n−1) × √252</c>; 0 for fewer than two returns, for zero variance, or when
/// the quotient overflows.
/// </param>
/// <param name="SortinoRatio">
/// <c>(mean(r) − rf/252) / sqrt(mean(min(r − rf/252, 0)²)) × √252</c>, the mean taken over all returns;
/// 0 when no return is below the risk-free rate, for no returns, or when the quotient overflows.
/// </param>
/// <param name="MaxDrawdown"><c>max_t(1 − E_t / max_{s≤t} E_s)</c> as a positive fraction; 0 when the equity never falls, 1 when it reaches 0.</param>
/// <param name="TradeCount">Closed round trips, including those closed at the end of the data or by ruin.</param>
/// <param name="WinRate">Share of trades with a strictly positive profit after fees; 0 with no trades.</param>
/// <param name="ProfitFactor">Gross profit / gross loss over trades; <c>null</c> when no trade lost money (the ratio is undefined).</param>
/// <param name="Exposure">Fraction of bars whose close found a position open; for a portfolio, the mean over its symbols.</param>
/// <param name="BarCount">Points on the equity curve.</param>
public sealed record PerformanceStatistics(
    double TotalReturn,
    double Cagr,
    double AnnualizedVolatility,
    double SharpeRatio,
    double SortinoRatio,
    double MaxDrawdown,
    int TradeCount,
    double WinRate,
    double? ProfitFactor,
    double Exposure,
    int BarCount);
