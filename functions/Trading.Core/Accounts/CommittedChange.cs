using Trading.Portfolio;

namespace Trading.Accounts;

/// <summary>
/// A stored change as the caller sees it. <see cref="Replayed"/> is true when an earlier request with the
/// same idempotency key made the change, and the values are those of that first response.
/// </summary>
public sealed record CommittedChange(string TransactionId, decimal NewBalance, PositionSnapshot? Position, bool Replayed);
