using Microsoft.Extensions.Logging;

namespace Trading.Accounts;

/// <summary>
/// Moves committed ledger entries from the account document's outbox to their own ledger documents.
/// Storing an entry twice writes the same document, so every step may be repeated after a crash. An
/// entry leaves the outbox only after its ledger document is stored.
/// </summary>
public sealed partial class LedgerOutbox(IAccountStore store, ILogger<LedgerOutbox> logger)
{
    /// <summary>Extra conditional replaces tried when removing flushed entries meets a concurrent write.</summary>
    private const int RemoveAttempts = 3;

    /// <summary>
    /// Stores the entries already in the outbox of a freshly read account and removes them from it in
    /// memory, so the caller's next replace drops them. The entries are committed, because they are in
    /// the stored document, so storing them is right even if the caller's replace later fails.
    /// </summary>
    public async Task StorePendingAsync(Account account, CancellationToken cancellationToken)
    {
        if (account.Outbox.Count == 0)
        {
            return;
        }

        var pending = account.Outbox.ToList();
        await store.SaveLedgerEntriesAsync(account.UserId, pending, cancellationToken);
        account.MarkStored(pending.Select(entry => entry.TransactionId).ToHashSet());
        LogStoredPending(account.UserId, pending.Count);
    }

    /// <summary>
    /// Stores the outbox entries of an account that was just written with <paramref name="etag"/>, then
    /// removes them with another conditional replace. Failures are logged, not thrown: the entries stay
    /// in the outbox, where ledger reads still find them and the next change stores them.
    /// </summary>
    public async Task FlushAsync(Account account, string etag, CancellationToken cancellationToken)
    {
        var entries = account.Outbox.ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var ids = entries.Select(entry => entry.TransactionId).ToHashSet();
        try
        {
            await store.SaveLedgerEntriesAsync(account.UserId, entries, cancellationToken);

            for (var attempt = 1; attempt <= RemoveAttempts; attempt++)
            {
                account.MarkStored(ids);
                if (await store.TryReplaceAsync(account, etag, cancellationToken) is not null)
                {
                    return;
                }

                // Another write came first; remove the entries from the newest version if it still has them.
                if (await store.GetAsync(account.UserId, cancellationToken) is not { } current
                    || !current.Account.Outbox.Any(entry => ids.Contains(entry.TransactionId)))
                {
                    return;
                }

                (account, etag) = current;
            }

            LogRemoveGaveUp(account.UserId, ids.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFlushFailed(exception, account.UserId, ids.Count);
        }
    }

    [LoggerMessage(EventId = 3020, Level = LogLevel.Information, Message = "Stored {Count} ledger entries left in the outbox of user {UserId}")]
    private partial void LogStoredPending(string userId, int count);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Left {Count} stored ledger entries in the outbox of user {UserId} after repeated concurrent writes")]
    private partial void LogRemoveGaveUp(string userId, int count);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Flushing {Count} ledger entries of user {UserId} failed; they stay in the outbox")]
    private partial void LogFlushFailed(Exception exception, string userId, int count);
}
