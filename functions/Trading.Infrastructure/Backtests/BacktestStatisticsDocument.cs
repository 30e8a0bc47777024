namespace Trading.Infrastructure.Backtests;

/// <summary>Stored <see cref="Trading.Backtests.BacktestStatistics"/>: ratios as JSON numbers, final equity as a decimal string.</summary>
public sealed class BacktestStatisticsDocument
{
    public double TotalReturn { get; set; }

    public double SharpeRatio { get; set; }

    public double MaxDrawdown { get; set; }

    public double Cagr { get; set; }

    public double Volatility { get; set; }

    public double SortinoRatio { get; set; }

    public int Trades { get; set; }

    public double WinRate { get; set; }

    public double? ProfitFactor { get; set; }

    public double Exposure { get; set; }

    public int BarCount { get; set; }

    /// <summary>Equity at the last close in cents precision, such as <c>"10523.17"</c>.</summary>
    public string FinalEquity { get; set; } = "0";
}
