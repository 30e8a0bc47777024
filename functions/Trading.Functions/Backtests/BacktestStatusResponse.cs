using Trading.Backtests;

namespace Trading.Functions.Backtests;

/// <summary>
/// Body of <c>GET /strategy/{strategy_id}/backtests/{backtest_id}</c> and of a <c>202</c> from the start call.
/// <c>summary</c> and <c>statistics</c> appear once the status is completed, <c>error</c> once it is failed.
/// </summary>
public sealed record BacktestStatusResponse(
    string BacktestId,
    string StrategyId,
    BacktestStatus Status,
    ProgressResponse Progress,
    IReadOnlyList<string> Symbols,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal InitialCapital,
    DateTime CreatedAt,
    DateTime? CompletedAt,
    BacktestSummaryResponse? Summary,
    BacktestStatistics? Statistics,
    string? Error);
