namespace Trading.Functions.Health;

/// <summary>Body of a healthy <c>GET /v1/health</c>: overall status and <c>up</c>/<c>down</c> per dependency.</summary>
public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Dependencies);
