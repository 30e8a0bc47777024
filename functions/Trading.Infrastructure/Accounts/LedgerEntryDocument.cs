namespace Trading.Infrastructure.Accounts;

/// <summary>
/// One ledger entry, stored first in <see cref="AccountDocument.Outbox"/> and then as its own document
/// in the user's partition with id = transaction id, so copying it twice writes the same document.
/// Numbers are decimal strings; fill fields are null for deposits and withdrawals.
/// </summary>
public sealed class LedgerEntryDocument
{
    public const string DocumentType = "ledger";

    /// <summary>The transaction id.</summary>
    public string Id { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string Type { get; set; } = DocumentType;

    /// <summary>Position of the entry in the account ledger, starting at 1 and without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary><c>deposit</c>, <c>withdrawal</c>, <c>buy</c> or <c>sell</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Signed cash effect: positive for deposits and sells, negative for withdrawals and buys.</summary>
    public string Amount { get; set; } = "0.00";

    /// <summary>Cash balance right after this entry.</summary>
    public string BalanceAfter { get; set; } = "0.00";

    public string? Symbol { get; set; }

    /// <summary>Signed fill quantity: positive for buys, negative for sells.</summary>
    public string? Quantity { get; set; }

    public string? Price { get; set; }

    /// <summary>Realized profit and loss of a sell.</summary>
    public string? RealizedPl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
