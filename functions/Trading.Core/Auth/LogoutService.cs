using Microsoft.Extensions.Logging;
using Trading.Common;

namespace Trading.Auth;

/// <summary>
/// Logs a session out. The caller authenticates with a bearer token, and the body names the access token
/// to revoke. That is usually the same token, but any access token this service issued to the same user
/// is accepted, expired ones included, so a client can also end another of its sessions.
/// </summary>
public sealed partial class LogoutService(IAccessTokenCodec codec, IRevokedTokenStore revokedTokens, TokenFamilies families, ILogger<LogoutService> logger)
{
    private const int MaxTokenLength = 4096;

    public async Task LogoutAsync(AuthenticatedUser caller, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw ValidationErrors.For("token", "The access token to revoke is required.");
        }

        var claims = token.Length <= MaxTokenLength ? await codec.ReadAsync(token, cancellationToken) : null;
        if (claims is null)
        {
            throw ValidationErrors.For("token", "The value is not an access token issued by this service.");
        }

        if (claims.UserId != caller.UserId)
        {
            throw ValidationErrors.For("token", "The access token belongs to another user; send one issued to the authenticated user.");
        }

        await revokedTokens.RevokeAsync(claims.TokenId, claims.UserId, claims.ExpiresAt, cancellationToken);
        await families.RevokeAsync(claims.FamilyId, cancellationToken);
        LogLoggedOut(claims.UserId, claims.FamilyId);
    }

    [LoggerMessage(EventId = 2120, Level = LogLevel.Information, Message = "User {UserId} logged out of refresh token family {FamilyId}")]
    private partial void LogLoggedOut(string userId, string familyId);
}
