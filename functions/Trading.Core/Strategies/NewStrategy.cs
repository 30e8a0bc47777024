using System.Text.Json;

namespace Trading.Strategies;

/// <summary>An unvalidated create request: the name, the type's API name and the <c>parameters</c> JSON object.</summary>
public sealed record NewStrategy(string? Name, string? Type, JsonElement? Parameters);
