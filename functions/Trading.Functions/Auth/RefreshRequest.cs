namespace Trading.Functions.Auth;

/// <summary>Body of <c>POST /v1/auth/refresh</c>.</summary>
public sealed record RefreshRequest(string? RefreshToken);
