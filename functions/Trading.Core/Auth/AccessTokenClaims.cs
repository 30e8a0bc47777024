namespace Trading.Auth;

/// <summary>The claims of an access token whose signature, algorithm, issuer and audience are valid.</summary>
/// <param name="UserId">The <c>sub</c> claim.</param>
/// <param name="TokenId">The <c>jti</c> claim.</param>
/// <param name="FamilyId">The private <c>fam</c> claim: the refresh token family the token was issued with.</param>
/// <param name="NotBefore">The <c>nbf</c> claim (UTC).</param>
/// <param name="ExpiresAt">The <c>exp</c> claim (UTC).</param>
public sealed record AccessTokenClaims(string UserId, string TokenId, string FamilyId, DateTimeOffset NotBefore, DateTimeOffset ExpiresAt);
