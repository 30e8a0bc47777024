using Trading.Auth;

namespace Trading.Infrastructure.Auth;

/// <summary>A refresh token in the <c>auth</c> container, keyed by its SHA-256 hash; <c>ttl</c> is in seconds.</summary>
internal sealed record RefreshTokenDocument(
    string Id,
    string TokenHash,
    string FamilyId,
    string UserId,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    int Ttl,
    string Type = "refresh_token")
{
    public static RefreshTokenDocument From(RefreshTokenRecord token, DateTimeOffset now) =>
        new(
            AuthDocumentIds.RefreshToken(token.TokenHash),
            token.TokenHash,
            token.FamilyId,
            token.UserId,
            token.IssuedAt,
            token.ExpiresAt,
            AuthDocumentIds.TimeToLiveSeconds(token.ExpiresAt - now));

    public RefreshTokenRecord ToRecord() => new(TokenHash, FamilyId, UserId, IssuedAt, ExpiresAt);
}
