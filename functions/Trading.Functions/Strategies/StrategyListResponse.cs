namespace Trading.Functions.Strategies;

/// <summary>Body of <c>GET /strategy/list</c>: the caller's newest strategies first, at most <see cref="Trading.Strategies.StrategyService.MaxListed"/>.</summary>
public sealed record StrategyListResponse(IReadOnlyList<StrategyListItem> Strategies);
