using System.Globalization;
using Trading.Backtests;

namespace Trading.Infrastructure.Backtests;

/// <summary>Converts between <see cref="Backtest"/> and its stored document.</summary>
internal static class BacktestDocumentMapper
{
    public static BacktestDocument ToDocument(Backtest backtest) => new()
    {
        Id = backtest.Id,
        UserId = backtest.UserId,
        StrategyId = backtest.StrategyId,
        Symbols = [.. backtest.Symbols],
        StartDate = backtest.StartDate,
        EndDate = backtest.EndDate,
        InitialCapital = backtest.InitialCapital.ToString(CultureInfo.InvariantCulture),
        Status = backtest.Status,
        CreatedAt = backtest.CreatedAt,
        CompletedAt = backtest.CompletedAt,
        Statistics = backtest.Statistics is { } statistics ? ToDocument(statistics) : null,
        Error = backtest.Error,
        ResultBlob = backtest.ResultBlob,
    };

    public static Backtest ToBacktest(BacktestDocument document) => new(
        document.Id,
        document.UserId,
        document.StrategyId,
        document.Symbols,
        document.StartDate,
        document.EndDate,
        decimal.Parse(document.InitialCapital, NumberStyles.Number, CultureInfo.InvariantCulture),
        document.Status,
        document.CreatedAt,
        document.CompletedAt,
        document.Statistics is { } statistics ? ToStatistics(statistics) : null,
        document.Error,
        document.ResultBlob);

    private static BacktestStatisticsDocument ToDocument(BacktestStatistics statistics) => new()
    {
        TotalReturn = statistics.TotalReturn,
        SharpeRatio = statistics.SharpeRatio,
        MaxDrawdown = statistics.MaxDrawdown,
        Cagr = statistics.Cagr,
        Volatility = statistics.Volatility,
        SortinoRatio = statistics.SortinoRatio,
        Trades = statistics.Trades,
        WinRate = statistics.WinRate,
        ProfitFactor = statistics.ProfitFactor,
        Exposure = statistics.Exposure,
        BarCount = statistics.BarCount,
        FinalEquity = statistics.FinalEquity.ToString(CultureInfo.InvariantCulture),
    };

    private static BacktestStatistics ToStatistics(BacktestStatisticsDocument document) => new(
        document.TotalReturn,
        document.SharpeRatio,
        document.MaxDrawdown,
        document.Cagr,
        document.Volatility,
        document.SortinoRatio,
        document.Trades,
        document.WinRate,
        document.ProfitFactor,
        document.Exposure,
        document.BarCount,
        decimal.Parse(document.FinalEquity, NumberStyles.Number, CultureInfo.InvariantCulture));
}
