namespace Trading.Accounts;

/// <summary>
/// One committed cash or position change of an account, as the ledger shows it.
/// </summary>
/// <param name="TransactionId">Unique id of the change; also the id of its ledger document.</param>
/// <param name="Sequence">Position in the account's ledger, from 1 without gaps; pages are ordered by it.</param>
/// <param name="Kind">Deposit, withdrawal, buy or sell.</param>
/// <param name="Amount">Signed cash effect with two decimal places: positive for deposits and sells, negative for withdrawals and buys.</param>
/// <param name="BalanceAfter">Cash balance right after the change.</param>
/// <param name="Symbol">The traded symbol of a fill; null for deposits and withdrawals.</param>
/// <param name="Quantity">Signed fill quantity (positive buys, negative sells); null for deposits and withdrawals.</param>
/// <param name="Price">Fill price per unit; null for deposits and withdrawals.</param>
/// <param name="RealizedPl">Realized profit and loss of a sell with two decimal places; null otherwise.</param>
/// <param name="CreatedAt">Commit time (UTC).</param>
public sealed record LedgerEntry(
    string TransactionId,
    long Sequence,
    LedgerEntryKind Kind,
    decimal Amount,
    decimal BalanceAfter,
    string? Symbol,
    decimal? Quantity,
    decimal? Price,
    decimal? RealizedPl,
    DateTimeOffset CreatedAt);
