using Trading.Backtests;

namespace Trading.Functions.Backtests;

/// <summary>Maps backtests to the response bodies of the backtest endpoints.</summary>
public static class BacktestResponses
{
    public static string StatusLocation(Backtest backtest) => $"/v1/strategy/{backtest.StrategyId}/backtests/{backtest.Id}";

    public static BacktestCompletedResponse Completed(BacktestView view) =>
        new(view.Backtest.Id, view.Status, Summary(view.Backtest.Statistics!));

    public static BacktestStatusResponse Status(BacktestView view)
    {
        Backtest backtest = view.Backtest;
        BacktestStatistics? statistics = view.Status == BacktestStatus.Completed ? backtest.Statistics : null;
        return new BacktestStatusResponse(
            backtest.Id,
            backtest.StrategyId,
            view.Status,
            new ProgressResponse(view.Progress.SymbolsDone, view.Progress.SymbolsTotal),
            backtest.Symbols,
            backtest.StartDate,
            backtest.EndDate,
            backtest.InitialCapital,
            backtest.CreatedAt.UtcDateTime,
            view.Status is BacktestStatus.Completed or BacktestStatus.Failed ? backtest.CompletedAt?.UtcDateTime : null,
            statistics is null ? null : Summary(statistics),
            statistics,
            view.Error);
    }

    private static BacktestSummaryResponse Summary(BacktestStatistics statistics) =>
        new(statistics.TotalReturn, statistics.SharpeRatio, statistics.MaxDrawdown);
}
