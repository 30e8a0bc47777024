using Trading.Accounts;

namespace Trading.Infrastructure.Accounts;

/// <summary>Converts ledger entries to and from <see cref="LedgerEntryDocument"/>.</summary>
internal static class LedgerEntryMapper
{
    public static LedgerEntryDocument ToDocument(string userId, LedgerEntry entry) => new()
    {
        Id = entry.TransactionId,
        UserId = userId,
        Sequence = entry.Sequence,
        Kind = KindName(entry.Kind),
        Amount = StoredDecimal.Format(entry.Amount),
        BalanceAfter = StoredDecimal.Format(entry.BalanceAfter),
        Symbol = entry.Symbol,
        Quantity = StoredDecimal.Format(entry.Quantity),
        Price = StoredDecimal.Format(entry.Price),
        RealizedPl = StoredDecimal.Format(entry.RealizedPl),
        CreatedAt = entry.CreatedAt,
    };

    public static LedgerEntry ToDomain(LedgerEntryDocument document) => new(
        document.Id,
        document.Sequence,
        ParseKind(document.Kind),
        StoredDecimal.Parse(document.Amount, "amount"),
        StoredDecimal.Parse(document.BalanceAfter, "balance_after"),
        document.Symbol,
        StoredDecimal.ParseOptional(document.Quantity, "quantity"),
        StoredDecimal.ParseOptional(document.Price, "price"),
        StoredDecimal.ParseOptional(document.RealizedPl, "realized_pl"),
        document.CreatedAt);

    private static string KindName(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Deposit => "deposit",
        LedgerEntryKind.Withdrawal => "withdrawal",
        LedgerEntryKind.Buy => "buy",
        LedgerEntryKind.Sell => "sell",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown ledger entry kind."),
    };

    private static LedgerEntryKind ParseKind(string kind) => kind switch
    {
        "deposit" => LedgerEntryKind.Deposit,
        "withdrawal" => LedgerEntryKind.Withdrawal,
        "buy" => LedgerEntryKind.Buy,
        "sell" => LedgerEntryKind.Sell,
        _ => throw new FormatException($"Stored ledger entry kind '{kind}' is unknown."),
    };
}
