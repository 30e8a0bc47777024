namespace Trading.Functions.Strategies;

/// <summary>One entry of the strategy list. <see cref="CreatedAt"/> is a UTC <see cref="DateTime"/>, so it is written with a <c>Z</c> suffix.</summary>
public sealed record StrategyListItem(string Id, string Name, string Type, DateTime CreatedAt);
