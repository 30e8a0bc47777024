namespace Trading.Functions.Auth;

/// <summary>Body of <c>POST /v1/auth/register</c> and <c>POST /v1/auth/login</c>. Members are nullable so a missing one is reported by name.</summary>
public sealed record CredentialsRequest(string? Username, string? Password);
