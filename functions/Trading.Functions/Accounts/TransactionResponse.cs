using Trading.Accounts;

namespace Trading.Functions.Accounts;

/// <summary>
/// One ledger entry in <c>GET /v1/account/transactions</c>. Amount is the signed cash effect; symbol,
/// quantity and price appear for fills, realized_pl for sells.
/// </summary>
public sealed record TransactionResponse(
    string TransactionId,
    long Sequence,
    LedgerEntryKind Kind,
    decimal Amount,
    decimal BalanceAfter,
    string? Symbol,
    decimal? Quantity,
    decimal? Price,
    decimal? RealizedPl,
    DateTime CreatedAt)
{
    public static TransactionResponse From(LedgerEntry entry) => new(
        entry.TransactionId,
        entry.Sequence,
        entry.Kind,
        entry.Amount,
        entry.BalanceAfter,
        entry.Symbol,
        entry.Quantity,
        entry.Price,
        entry.RealizedPl,
        entry.CreatedAt.UtcDateTime);
}
