namespace Trading.Backtests;

/// <summary>Input of the fan-in activity: the sleeve blobs in the strategy's symbol order.</summary>
/// <param name="CompletedAt">The orchestration's replay-safe clock when the fan-out finished.</param>
public sealed record CombineInput(string BacktestId, string UserId, string StrategyId, IReadOnlyList<string> SleeveBlobs, DateTimeOffset CompletedAt);
