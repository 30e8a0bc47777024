using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Trading.Auth;

/// <summary>
/// Starts, rotates and revokes refresh token families. A refresh replaces the family's current token
/// hash with an ETag condition: of two refreshes with the same token only one can win, and the loser
/// then sees a token that is no longer current, which is treated as reuse and revokes the family.
/// </summary>
public sealed partial class TokenFamilies(
    IRefreshTokenStore store,
    IRevokedTokenStore revokedTokens,
    IAccessTokenCodec codec,
    TimeProvider time,
    IOptions<AuthOptions> options,
    ILogger<TokenFamilies> logger)
{
    /// <summary>Conditional-write attempts; a lost write re-reads the family, which then ends the loop.</summary>
    private const int MaxWriteAttempts = 10;

    /// <summary>Starts a family for a new login and returns its first token pair.</summary>
    public async Task<TokenPair> StartAsync(string userId, CancellationToken cancellationToken)
    {
        var now = Now();
        var familyId = Guid.NewGuid().ToString("N");
        var refreshToken = RefreshTokens.Generate();
        var refreshHash = RefreshTokens.Hash(refreshToken);
        var refreshExpiresAt = now + options.Value.RefreshTokenLifetime;
        var accessToken = codec.Issue(userId, familyId);

        await store.CreateTokenAsync(new RefreshTokenRecord(refreshHash, familyId, userId, now, refreshExpiresAt), cancellationToken);
        var family = new TokenFamily(familyId, userId, refreshHash, refreshExpiresAt, now, RevokedAt: null, [new FamilyAccessToken(accessToken.TokenId, accessToken.ExpiresAt)]);
        await store.CreateFamilyAsync(family, cancellationToken);

        LogFamilyStarted(userId, familyId);
        return new TokenPair(accessToken.Token, accessToken.ExpiresAt, refreshToken, refreshExpiresAt);
    }

    /// <summary>Exchanges the current refresh token of a family for a new pair; any other token is rejected.</summary>
    public async Task<TokenPair> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var presentedHash = RefreshTokens.Hash(refreshToken);
        var presented = await store.FindTokenAsync(presentedHash, cancellationToken) ?? throw AuthErrors.InvalidRefreshToken();

        // The successor is stored before the family points at it: if the family write is lost, the
        // successor is an orphan that was never handed out, and harmless.
        var now = Now();
        var nextToken = RefreshTokens.Generate();
        var nextHash = RefreshTokens.Hash(nextToken);
        var nextExpiresAt = now + options.Value.RefreshTokenLifetime;
        var successorStored = false;

        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var family = await store.FindFamilyAsync(presented.FamilyId, cancellationToken) ?? throw AuthErrors.InvalidRefreshToken();
            var current = family.Value;

            if (current.RevokedAt is not null)
            {
                LogRevokedFamilyUsed(current.UserId, current.FamilyId);
                throw AuthErrors.InvalidRefreshToken();
            }

            if (current.CurrentTokenHash != presentedHash)
            {
                LogReuseDetected(current.UserId, current.FamilyId);
                await RevokeAsync(current.FamilyId, cancellationToken);
                throw AuthErrors.InvalidRefreshToken();
            }

            if (now >= current.CurrentExpiresAt)
            {
                throw AuthErrors.InvalidRefreshToken();
            }

            if (!successorStored)
            {
                await store.CreateTokenAsync(new RefreshTokenRecord(nextHash, current.FamilyId, current.UserId, now, nextExpiresAt), cancellationToken);
                successorStored = true;
            }

            var accessToken = codec.Issue(current.UserId, current.FamilyId);
            var rotated = current with
            {
                CurrentTokenHash = nextHash,
                CurrentExpiresAt = nextExpiresAt,
                AccessTokens = [.. Unexpired(current.AccessTokens, now), new FamilyAccessToken(accessToken.TokenId, accessToken.ExpiresAt)],
            };

            if (await store.TryReplaceFamilyAsync(rotated, family.ETag, cancellationToken))
            {
                LogRotated(current.UserId, current.FamilyId);
                return new TokenPair(accessToken.Token, accessToken.ExpiresAt, nextToken, nextExpiresAt);
            }
        }

        throw new InvalidOperationException($"Rotating refresh token family {presented.FamilyId} lost {MaxWriteAttempts} concurrent updates in a row.");
    }

    /// <summary>
    /// Revokes a family: its refresh tokens stop working and every access token issued in it goes on the
    /// deny-list. Revoking a revoked or unknown family changes nothing.
    /// </summary>
    public async Task RevokeAsync(string familyId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var family = await store.FindFamilyAsync(familyId, cancellationToken);
            if (family is null)
            {
                return;
            }

            var current = family.Value;
            var now = Now();

            // Deny the access tokens first: if the family write below fails, a retry still finds them.
            foreach (var accessToken in Unexpired(current.AccessTokens, now))
            {
                await revokedTokens.RevokeAsync(accessToken.TokenId, current.UserId, accessToken.ExpiresAt, cancellationToken);
            }

            if (current.RevokedAt is not null)
            {
                return;
            }

            var revoked = current with { RevokedAt = now, AccessTokens = Unexpired(current.AccessTokens, now) };
            if (await store.TryReplaceFamilyAsync(revoked, family.ETag, cancellationToken))
            {
                LogFamilyRevoked(current.UserId, familyId);
                return;
            }
        }

        throw new InvalidOperationException($"Revoking refresh token family {familyId} lost {MaxWriteAttempts} concurrent updates in a row.");
    }

    private List<FamilyAccessToken> Unexpired(IEnumerable<FamilyAccessToken> accessTokens, DateTimeOffset now) =>
        accessTokens.Where(token => token.ExpiresAt + options.Value.ClockSkew > now).ToList();

    /// <summary>The current time in whole seconds, the precision of JWT time claims.</summary>
    private DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }
}
