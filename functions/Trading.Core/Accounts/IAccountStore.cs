namespace Trading.Accounts;

/// <summary>
/// Storage of account documents and ledger entries, partitioned by user. Implementations convert
/// decimals to decimal strings at this boundary and never store money as binary floating point.
/// </summary>
public interface IAccountStore
{
    /// <summary>Reads a user's account, or returns null when no account is open.</summary>
    Task<VersionedAccount?> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the account only if its stored ETag still equals <paramref name="etag"/>. Returns the new
    /// ETag, or null when another write came first (HTTP 412), in which case nothing was written.
    /// </summary>
    Task<string?> TryReplaceAsync(Account account, string etag, CancellationToken cancellationToken);

    /// <summary>Writes ledger entries as their own documents (id = transaction id), so writing one twice is harmless.</summary>
    Task SaveLedgerEntriesAsync(string userId, IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken);

    /// <summary>Reads up to <paramref name="take"/> stored ledger entries with a sequence below <paramref name="beforeSequence"/>, newest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(string userId, long beforeSequence, int take, CancellationToken cancellationToken);
}
