namespace Trading.Infrastructure.Accounts;

/// <summary>
/// The one account document of a user in the <c>accounts</c> container (partition <c>/user_id</c>,
/// id <see cref="DocumentId"/>). It holds the cash balance, the open positions, the ledger entries not
/// yet copied to their own documents (the outbox) and the recent idempotency keys, so one conditional
/// replace with <c>IfMatchEtag</c> changes all of them together or none of them.
/// Money, prices and quantities are invariant-culture decimal strings, because Cosmos DB keeps JSON
/// numbers as IEEE doubles.
/// </summary>
public sealed class AccountDocument
{
    /// <summary>The fixed id of the account document inside a user's partition; ledger ids are transaction ids and never collide with it.</summary>
    public const string DocumentId = "account";

    public const string DocumentType = "account";

    public string Id { get; set; } = DocumentId;

    public string UserId { get; set; } = string.Empty;

    /// <summary>Document kind, needed because ledger documents share the partition.</summary>
    public string Type { get; set; } = DocumentType;

    /// <summary>Cash balance in account currency, two decimal places, such as <c>"1000.00"</c>.</summary>
    public string Balance { get; set; } = "0.00";

    public List<PositionDocument> Positions { get; set; } = [];

    /// <summary>Sequence number of the newest ledger entry; 0 before the first one. Ledger paging orders by it.</summary>
    public long LastSequence { get; set; }

    /// <summary>Committed ledger entries not yet confirmed as separate ledger documents.</summary>
    public List<LedgerEntryDocument> Outbox { get; set; } = [];

    public List<IdempotencyRecordDocument> IdempotencyKeys { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
