namespace Trading.Functions.Auth;

/// <summary>Body of <c>POST /v1/auth/logout</c>: the access token to revoke.</summary>
public sealed record LogoutRequest(string? Token);
