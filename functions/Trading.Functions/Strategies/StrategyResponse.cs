namespace Trading.Functions.Strategies;

/// <summary>Body of <c>GET /strategy/{strategy_id}</c>. <see cref="CreatedAt"/> is a UTC <see cref="DateTime"/>, so it is written with a <c>Z</c> suffix.</summary>
public sealed record StrategyResponse(
    string Id,
    string Name,
    string Type,
    IReadOnlyDictionary<string, object> Parameters,
    DateTime CreatedAt,
    PerformanceResponse Performance);
