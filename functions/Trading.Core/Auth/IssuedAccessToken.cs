namespace Trading.Auth;

/// <summary>A newly signed access token with its <c>jti</c> and expiry (UTC, whole seconds).</summary>
public sealed record IssuedAccessToken(string Token, string TokenId, DateTimeOffset ExpiresAt);
