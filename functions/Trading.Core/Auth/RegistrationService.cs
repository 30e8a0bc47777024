using Microsoft.Extensions.Logging;
using Trading.Accounts;

namespace Trading.Auth;

/// <summary>Registers users and opens their cash account with balance 0.</summary>
public sealed partial class RegistrationService(
    IUserStore users,
    PasswordHasher hasher,
    IAccountOpener accounts,
    TimeProvider time,
    ILogger<RegistrationService> logger)
{
    public async Task<RegisteredUser> RegisterAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        CredentialRules.ValidateRegistration(username, password);

        var now = time.GetUtcNow();
        var createdAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var user = new UserRecord(Guid.NewGuid().ToString("N"), username!, hasher.Hash(password!), createdAt);

        if (!await users.TryCreateAsync(user, cancellationToken))
        {
            throw AuthErrors.UsernameTaken();
        }

        try
        {
            await accounts.OpenAsync(user.Id, createdAt, cancellationToken);
        }
        catch (Exception exception)
        {
            // Without its account the user could never trade, and a retried registration would find the
            // username taken, so the user is removed and the client can simply retry.
            LogAccountOpeningFailed(user.Id, exception);
            await RemoveUserAsync(user);
            throw;
        }

        LogRegistered(user.Id);
        return new RegisteredUser(user.Id, user.Username, user.CreatedAt);
    }

    private async Task RemoveUserAsync(UserRecord user)
    {
        try
        {
            // Not the request's token: a client that gave up must not leave a user without an account.
            await users.DeleteAsync(user, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogRemovalFailed(user.Id, exception);
        }
    }

    [LoggerMessage(EventId = 2130, Level = LogLevel.Information, Message = "Registered user {UserId}")]
    private partial void LogRegistered(string userId);

    [LoggerMessage(EventId = 2131, Level = LogLevel.Error, Message = "Opening the account of new user {UserId} failed; removing the user")]
    private partial void LogAccountOpeningFailed(string userId, Exception exception);

    [LoggerMessage(EventId = 2132, Level = LogLevel.Error, Message = "Removing user {UserId} after a failed account opening failed; the username stays taken")]
    private partial void LogRemovalFailed(string userId, Exception exception);
}
