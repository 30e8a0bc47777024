namespace Trading.Auth;

/// <summary>The caller of a protected endpoint, established from a valid, unrevoked access token.</summary>
/// <param name="UserId">The user's id, the token's <c>sub</c> claim.</param>
/// <param name="TokenId">The token's <c>jti</c> claim, used to revoke it at logout.</param>
/// <param name="ExpiresAt">When the access token expires (UTC).</param>
public sealed record AuthenticatedUser(string UserId, string TokenId, DateTimeOffset ExpiresAt);
