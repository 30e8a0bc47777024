using Trading.Portfolio;

namespace Trading.Accounts;

/// <summary>
/// A used idempotency key and the outcome of its first request, kept in the account until
/// <see cref="ExpiresAt"/> so a retry returns the same response without changing anything.
/// </summary>
/// <param name="Key">The <c>Idempotency-Key</c> header value.</param>
/// <param name="RequestHash">SHA-256 (hex) of the operation and its canonical request values.</param>
/// <param name="TransactionId">The transaction the first request created.</param>
/// <param name="NewBalance">Cash balance right after the first request.</param>
/// <param name="Position">The position after a fill; null for deposits and withdrawals.</param>
/// <param name="ExpiresAt">When the key may be forgotten (UTC), 24 hours after first use.</param>
public sealed record IdempotencyRecord(
    string Key,
    string RequestHash,
    string TransactionId,
    decimal NewBalance,
    PositionSnapshot? Position,
    DateTimeOffset ExpiresAt);
