namespace Trading.Accounts;

/// <summary>One page of the ledger, newest first, with the cursor of the next page or null on the last page.</summary>
public sealed record LedgerPage(IReadOnlyList<LedgerEntry> Entries, long? NextBefore);
