using Trading.Portfolio;

namespace Trading.Accounts;

/// <summary>The ledger entry of a recorded fill and the position it left.</summary>
public sealed record FillResult(LedgerEntry Entry, PositionSnapshot Position);
