namespace Trading.Auth;

/// <summary>
/// One login session: the chain of refresh tokens that rotation produces from one login. Only the
/// token with <see cref="CurrentTokenHash"/> may be used; any older token of the family is a reuse.
/// Every change goes through a conditional replace of this record, which serializes concurrent
/// refreshes and revocations.
/// </summary>
/// <param name="FamilyId">Random id, also the private <c>fam</c> claim of the family's access tokens.</param>
/// <param name="UserId">The user who logged in.</param>
/// <param name="CurrentTokenHash">SHA-256 hash of the one refresh token that may be used next.</param>
/// <param name="CurrentExpiresAt">When the current refresh token expires (UTC).</param>
/// <param name="CreatedAt">When the login happened (UTC).</param>
/// <param name="RevokedAt">When logout or a detected reuse revoked the family (UTC); null while it is active.</param>
/// <param name="AccessTokens">Access tokens issued in the family that may not have expired yet.</param>
public sealed record TokenFamily(
    string FamilyId,
    string UserId,
    string CurrentTokenHash,
    DateTimeOffset CurrentExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    IReadOnlyList<FamilyAccessToken> AccessTokens);
