namespace Trading.Infrastructure.Accounts;

/// <summary>
/// A recently used <c>Idempotency-Key</c> inside <see cref="AccountDocument"/>, written in the same
/// replace as the change it produced, with the values of the first response so a retry returns them.
/// </summary>
public sealed class IdempotencyRecordDocument
{
    public string Key { get; set; } = string.Empty;

    /// <summary>SHA-256 (hex) of the operation name and its canonical request values.</summary>
    public string RequestHash { get; set; } = string.Empty;

    public string TransactionId { get; set; } = string.Empty;

    /// <summary>Cash balance right after the first request.</summary>
    public string NewBalance { get; set; } = "0.00";

    /// <summary>For fills: the position right after the first request; null for deposits and withdrawals.</summary>
    public PositionSnapshotDocument? Position { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
