using Microsoft.Extensions.Logging;

namespace Trading.Auth;

public sealed partial class TokenFamilies
{
    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Started refresh token family {FamilyId} for user {UserId}")]
    private partial void LogFamilyStarted(string userId, string familyId);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Information, Message = "Rotated the refresh token of family {FamilyId} for user {UserId}")]
    private partial void LogRotated(string userId, string familyId);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Warning, Message = "A replaced refresh token of family {FamilyId} was used again for user {UserId}; revoking the family")]
    private partial void LogReuseDetected(string userId, string familyId);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Information, Message = "A refresh token of revoked family {FamilyId} was used for user {UserId}")]
    private partial void LogRevokedFamilyUsed(string userId, string familyId);

    [LoggerMessage(EventId = 2114, Level = LogLevel.Information, Message = "Revoked refresh token family {FamilyId} of user {UserId} and its access tokens")]
    private partial void LogFamilyRevoked(string userId, string familyId);
}
