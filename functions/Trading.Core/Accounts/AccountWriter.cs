using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Trading.Common;

namespace Trading.Accounts;

/// <summary>
/// Applies one change to an account with optimistic concurrency: read the account and its ETag, apply
/// the change in memory, and replace the document only if the ETag still matches. A 412 means another
/// write came first, so the change is re-applied to a fresh read after a random wait. Idempotency keys
/// are checked and recorded inside the same read and replace, so a retried request is applied at most once.
/// </summary>
public sealed partial class AccountWriter(
    IAccountStore store,
    IAccountOpener opener,
    LedgerOutbox outbox,
    AccountChangeNotifier notifier,
    AccountLocks locks,
    AccountMetrics metrics,
    IOptions<AccountOptions> options,
    TimeProvider clock,
    ILogger<AccountWriter> logger)
{
    /// <summary>Reads a user's account, opening it first when registration did not.</summary>
    public async Task<VersionedAccount> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(userId, cancellationToken) is { } account)
        {
            return account;
        }

        LogOpeningMissingAccount(userId);
        await opener.OpenAsync(userId, clock.GetUtcNow(), cancellationToken);
        return await store.GetAsync(userId, cancellationToken)
            ?? throw new InvalidOperationException($"The account of user {userId} is missing right after it was opened.");
    }

    /// <summary>
    /// Applies <paramref name="change"/> (given the account, a new transaction id and the time) and stores
    /// it. Domain errors raised by the change propagate and nothing is written.
    /// </summary>
    public async Task<CommittedChange> ExecuteAsync(
        string userId,
        IdempotencyRequest? idempotency,
        Func<Account, string, DateTimeOffset, AppliedChange> change,
        CancellationToken cancellationToken)
    {
        using var queued = options.Value.SerializeWritesInProcess ? await locks.AcquireAsync(userId, cancellationToken) : null;

        for (var attempt = 1; attempt <= options.Value.MaxWriteAttempts; attempt++)
        {
            var (account, etag) = await LoadAsync(userId, cancellationToken);
            var now = clock.GetUtcNow();

            if (idempotency is not null && account.IdempotencyKeys.Find(idempotency, now) is { } record)
            {
                LogReplayed(userId, record.TransactionId);
                return new CommittedChange(record.TransactionId, record.NewBalance, record.Position, Replayed: true);
            }

            // Entries a crashed or conflicting flush left behind are stored now and leave the outbox in this write.
            await outbox.StorePendingAsync(account, cancellationToken);

            var applied = change(account, Guid.CreateVersion7(now).ToString(), now);
            if (idempotency is not null)
            {
                account.IdempotencyKeys.Remember(idempotency, applied.Entry.TransactionId, applied.Entry.BalanceAfter, applied.Position, now);
            }

            var newEtag = await store.TryReplaceAsync(account, etag, cancellationToken);
            if (newEtag is null)
            {
                metrics.Conflict();
                LogConflict(userId, attempt);
                await Task.Delay(RetryDelay(attempt), clock, cancellationToken);
                continue;
            }

            metrics.Commit();

            // The change is stored: later steps must not be cancelled by the caller or fail the request.
            await outbox.FlushAsync(account, newEtag, CancellationToken.None);
            queued?.Dispose();
            await notifier.NotifyAsync(userId, applied, CancellationToken.None);

            return new CommittedChange(applied.Entry.TransactionId, applied.Entry.BalanceAfter, applied.Position, Replayed: false);
        }

        LogGaveUp(userId, options.Value.MaxWriteAttempts);
        throw new DomainException(
            DomainErrorKind.Unavailable,
            "account-busy",
            "Account busy",
            "The account changed too often while this request was applied; nothing was changed, so retry the request.");
    }

    private TimeSpan RetryDelay(int attempt)
    {
        // Full jitter: a random wait up to an exponentially growing cap spreads competing writers apart.
        var cap = Math.Min(options.Value.MaxRetryDelayMilliseconds, 4 * (1 << Math.Min(attempt, 10)));
        return TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Max(2, cap)));
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Account of user {UserId} was missing; opening it now")]
    private partial void LogOpeningMissingAccount(string userId);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Account of user {UserId} changed concurrently (attempt {Attempt}); retrying")]
    private partial void LogConflict(string userId, int attempt);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Gave up writing the account of user {UserId} after {Attempts} conflicting attempts")]
    private partial void LogGaveUp(string userId, int attempts);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Replayed transaction {TransactionId} of user {UserId} for a repeated idempotency key")]
    private partial void LogReplayed(string userId, string transactionId);
}
