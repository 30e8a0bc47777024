using Microsoft.Extensions.Logging;

namespace Trading.Auth;

/// <summary>
/// Logs users in. An unknown username and a wrong password produce the same error after the same
/// hashing work, and both count towards the per-username throttle.
/// </summary>
public sealed partial class LoginService(
    IUserStore users,
    PasswordHasher hasher,
    LoginThrottle throttle,
    TokenFamilies families,
    ILogger<LoginService> logger)
{
    public async Task<TokenPair> LoginAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        CredentialRules.ValidateLogin(username, password);
        var normalized = CredentialRules.Normalize(username!);

        await throttle.EnsureAllowedAsync(normalized, cancellationToken);

        var user = await users.FindByUsernameAsync(normalized, cancellationToken);
        if (user is null)
        {
            hasher.VerifyAgainstDummy(password!);
            await throttle.RecordFailureAsync(normalized, cancellationToken);

            // The username is not logged: users sometimes type their password into the username field.
            LogUnknownUsername();
            throw AuthErrors.InvalidCredentials();
        }

        var verification = hasher.Verify(password!, user.Value.PasswordHash);
        if (verification == PasswordVerification.Failed)
        {
            await throttle.RecordFailureAsync(normalized, cancellationToken);
            LogWrongPassword(user.Value.Id);
            throw AuthErrors.InvalidCredentials();
        }

        await throttle.ResetAsync(normalized, cancellationToken);

        if (verification == PasswordVerification.SucceededRehashNeeded)
        {
            await RehashAsync(user, password!, cancellationToken);
        }

        LogLoggedIn(user.Value.Id);
        return await families.StartAsync(user.Value.Id, cancellationToken);
    }

    /// <summary>Upgrades a hash made with fewer iterations; losing the race to a concurrent upgrade is fine.</summary>
    private async Task RehashAsync(Versioned<UserRecord> user, string password, CancellationToken cancellationToken)
    {
        var replaced = await users.TryReplacePasswordHashAsync(user, hasher.Hash(password), cancellationToken);
        if (replaced)
        {
            LogRehashed(user.Value.Id);
        }
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "User {UserId} logged in")]
    private partial void LogLoggedIn(string userId);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Login failed: wrong password for user {UserId}")]
    private partial void LogWrongPassword(string userId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Login failed: unknown username")]
    private partial void LogUnknownUsername();

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Rehashed the password of user {UserId} with the configured iteration count")]
    private partial void LogRehashed(string userId);
}
