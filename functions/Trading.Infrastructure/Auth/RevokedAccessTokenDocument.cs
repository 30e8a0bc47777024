namespace Trading.Infrastructure.Auth;

/// <summary>A deny-list entry in the <c>auth</c> container, kept until the token's expiry plus clock skew; <c>ttl</c> is in seconds.</summary>
internal sealed record RevokedAccessTokenDocument(string Id, string TokenId, string UserId, DateTimeOffset ExpiresAt, int Ttl, string Type = "revoked_access_token");
