namespace Trading.Functions.Strategies;

/// <summary>One entry of the strategy list.</summary>
public sealed record StrategyListItem(string Id, string Name, string Type, DateTimeOffset CreatedAt);
