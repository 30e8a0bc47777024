namespace Trading.Functions.Strategies;

/// <summary>Body of <c>GET /strategy/{strategy_id}</c>.</summary>
public sealed record StrategyResponse(
    string Id,
    string Name,
    string Type,
    IReadOnlyDictionary<string, object> Parameters,
    DateTimeOffset CreatedAt,
    PerformanceResponse Performance);
