namespace Trading.Functions.Strategies;

/// <summary>Body of <c>201</c> from <c>POST /strategy/create</c>; parameters include every default.</summary>
public sealed record CreatedStrategyResponse(string StrategyId, string Name, string Type, IReadOnlyDictionary<string, object> Parameters);
