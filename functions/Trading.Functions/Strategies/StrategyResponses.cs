using Trading.Strategies;

namespace Trading.Functions.Strategies;

/// <summary>Maps strategies to the response bodies of the strategy endpoints.</summary>
public static class StrategyResponses
{
    public static CreatedStrategyResponse Created(Strategy strategy) =>
        new(strategy.Id, strategy.Name, strategy.TypeName, strategy.Parameters.ToDictionary());

    public static StrategyListResponse List(IReadOnlyList<Strategy> strategies) =>
        new([.. strategies.Select(strategy => new StrategyListItem(strategy.Id, strategy.Name, strategy.TypeName, strategy.CreatedAt.UtcDateTime))]);

    public static StrategyResponse Details(Strategy strategy) => new(
        strategy.Id,
        strategy.Name,
        strategy.TypeName,
        strategy.Parameters.ToDictionary(),
        strategy.CreatedAt.UtcDateTime,
        new PerformanceResponse(
            strategy.Performance?.TotalReturn,
            strategy.Performance?.SharpeRatio,
            strategy.Performance?.MaxDrawdown,
            strategy.Performance?.BacktestId));
}
