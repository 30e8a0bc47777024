namespace Trading.Auth;

/// <summary>The deny-list of revoked access tokens, by <c>jti</c>, kept until each token expires.</summary>
public interface IRevokedTokenStore
{
    /// <summary>Adds a token to the deny-list; revoking it again changes nothing.</summary>
    Task RevokeAsync(string tokenId, string userId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken);
}
