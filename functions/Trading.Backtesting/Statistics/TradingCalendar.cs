namespace Trading.Backtesting.Statistics;

/// <summary>Annualisation convention shared by every statistic.</summary>
public static class TradingCalendar
{
    /// <summary>Bars per year for daily data: US equity trading days.</summary>
    public const int BarsPerYear = 252;

    public static readonly double SqrtBarsPerYear = Math.Sqrt(BarsPerYear);
}
