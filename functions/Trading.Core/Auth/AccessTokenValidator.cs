using Microsoft.Extensions.Options;

namespace Trading.Auth;

/// <summary>
/// Validates bearer access tokens: signature and claims through <see cref="IAccessTokenCodec"/>, lifetime
/// against <see cref="TimeProvider"/> with the configured clock skew, then the deny-list on every call, so
/// a revoked token is rejected by every instance at once.
/// </summary>
public sealed class AccessTokenValidator(IAccessTokenCodec codec, IRevokedTokenStore revokedTokens, TimeProvider time, IOptions<AuthOptions> options)
    : IAccessTokenValidator
{
    /// <summary>Far above any token this service signs; longer input is rejected before parsing.</summary>
    private const int MaxTokenLength = 4096;

    public async Task<AuthenticatedUser> ValidateAsync(string accessToken, CancellationToken cancellationToken)
    {
        if (accessToken.Length is 0 or > MaxTokenLength)
        {
            throw AuthErrors.InvalidAccessToken();
        }

        var claims = await codec.ReadAsync(accessToken, cancellationToken) ?? throw AuthErrors.InvalidAccessToken();

        var now = time.GetUtcNow();
        var skew = options.Value.ClockSkew;
        if (now >= claims.ExpiresAt + skew)
        {
            throw AuthErrors.ExpiredAccessToken();
        }

        if (now + skew < claims.NotBefore)
        {
            throw AuthErrors.InvalidAccessToken();
        }

        if (await revokedTokens.IsRevokedAsync(claims.TokenId, cancellationToken))
        {
            throw AuthErrors.RevokedAccessToken();
        }

        return new AuthenticatedUser(claims.UserId, claims.TokenId, claims.ExpiresAt);
    }
}
