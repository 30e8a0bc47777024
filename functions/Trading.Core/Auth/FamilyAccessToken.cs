namespace Trading.Auth;

/// <summary>An access token issued in a refresh token family, kept until it expires so that revoking the family can deny it.</summary>
public sealed record FamilyAccessToken(string TokenId, DateTimeOffset ExpiresAt);
