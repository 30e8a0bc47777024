using Trading.Portfolio;

namespace Trading.Accounts;

/// <summary>What one change did to an account before it is stored: its ledger entry and, for fills, the position it left.</summary>
public sealed record AppliedChange(LedgerEntry Entry, PositionSnapshot? Position);
