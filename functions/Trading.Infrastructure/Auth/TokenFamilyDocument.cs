using Trading.Auth;

namespace Trading.Infrastructure.Auth;

/// <summary>
/// A refresh token family in the <c>auth</c> container. It lives as long as its current refresh token,
/// so a revoked family still rejects its old tokens until they could have expired; <c>ttl</c> is in seconds.
/// </summary>
internal sealed record TokenFamilyDocument(
    string Id,
    string FamilyId,
    string UserId,
    string CurrentTokenHash,
    DateTimeOffset CurrentExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    IReadOnlyList<FamilyAccessToken> AccessTokens,
    int Ttl,
    string Type = "token_family")
{
    public static TokenFamilyDocument From(TokenFamily family, DateTimeOffset now) =>
        new(
            AuthDocumentIds.Family(family.FamilyId),
            family.FamilyId,
            family.UserId,
            family.CurrentTokenHash,
            family.CurrentExpiresAt,
            family.CreatedAt,
            family.RevokedAt,
            family.AccessTokens,
            AuthDocumentIds.TimeToLiveSeconds(family.CurrentExpiresAt - now));

    public TokenFamily ToFamily() => new(FamilyId, UserId, CurrentTokenHash, CurrentExpiresAt, CreatedAt, RevokedAt, AccessTokens);
}
