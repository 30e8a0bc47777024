using Microsoft.Extensions.Options;

namespace Trading.Auth;

/// <summary>
/// Limits failed logins per case-insensitive username: once <see cref="AuthOptions.LoginFailureLimit"/>
/// failures fall within <see cref="AuthOptions.LoginFailureWindow"/>, every login for that username is
/// rejected until the oldest of them leaves the window. The record is shared through the store and
/// updated with conditional writes, so concurrent failures on any instance are all counted.
/// </summary>
public sealed class LoginThrottle(ILoginFailureStore store, TimeProvider time, IOptions<AuthOptions> options)
{
    /// <summary>Conditional-write attempts before giving up; each loss means another failure was recorded meanwhile.</summary>
    private const int MaxWriteAttempts = 20;

    /// <summary>Throws a rate-limited error while the username is locked out.</summary>
    public async Task EnsureAllowedAsync(string normalizedUsername, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(normalizedUsername, cancellationToken);
        if (record is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var recent = Recent(record.Value.FailedAt, now);
        var limit = options.Value.LoginFailureLimit;
        if (recent.Count >= limit)
        {
            var unlocksAt = recent[^limit] + options.Value.LoginFailureWindow;
            throw AuthErrors.TooManyFailedLogins(unlocksAt - now);
        }
    }

    public async Task RecordFailureAsync(string normalizedUsername, CancellationToken cancellationToken)
    {
        var window = options.Value.LoginFailureWindow;
        for (var attempt = 0; attempt < MaxWriteAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await store.FindAsync(normalizedUsername, cancellationToken);
            if (existing is null)
            {
                if (await store.TryCreateAsync(new LoginFailures(normalizedUsername, [now]), window, cancellationToken))
                {
                    return;
                }

                continue;
            }

            var failedAt = Recent(existing.Value.FailedAt, now).Append(now).TakeLast(options.Value.LoginFailureLimit).ToList();
            if (await store.TryReplaceAsync(existing.Value with { FailedAt = failedAt }, existing.ETag, window, cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Recording a failed login lost {MaxWriteAttempts} concurrent updates in a row.");
    }

    /// <summary>Forgets the failures of a username after a successful login.</summary>
    public Task ResetAsync(string normalizedUsername, CancellationToken cancellationToken) =>
        store.DeleteAsync(normalizedUsername, cancellationToken);

    private List<DateTimeOffset> Recent(IEnumerable<DateTimeOffset> failedAt, DateTimeOffset now)
    {
        var windowStart = now - options.Value.LoginFailureWindow;
        return failedAt.Where(time => time > windowStart).Order().ToList();
    }
}
