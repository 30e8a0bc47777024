using Trading.Backtests;

namespace Trading.Functions.Backtests;

/// <summary>Body of <c>200</c> from <c>POST /strategy/{strategy_id}/backtest</c> when the run finished within the wait.</summary>
public sealed record BacktestCompletedResponse(string BacktestId, BacktestStatus Status, BacktestSummaryResponse Summary);
