using Trading.Common;
using Trading.Portfolio;

namespace Trading.Accounts;

/// <summary>
/// The idempotency keys an account used in the last <see cref="Lifetime"/>, at most <see cref="Capacity"/>
/// of them. They live in the account document, so checking a key and recording it are part of the same
/// conditional write as the change itself. Only stored changes record their key, so a request that a
/// rule rejected (such as <c>insufficient-funds</c>) may be retried with the same key.
/// </summary>
public sealed class RecentIdempotencyKeys(IEnumerable<IdempotencyRecord> records)
{
    public const int Capacity = 500;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly List<IdempotencyRecord> records = records.ToList();

    public IReadOnlyList<IdempotencyRecord> Records => records;

    /// <summary>
    /// Returns the record of an unexpired key, or null when the key is new. Raises
    /// <c>idempotency-key-reused</c> when the key was used with a different request.
    /// </summary>
    public IdempotencyRecord? Find(IdempotencyRequest request, DateTimeOffset now)
    {
        var record = records.Find(candidate => candidate.Key == request.Key && candidate.ExpiresAt > now);
        if (record is null || record.RequestHash == request.RequestHash)
        {
            return record;
        }

        throw new DomainException(
            DomainErrorKind.BusinessRule,
            "idempotency-key-reused",
            "Idempotency key reused",
            "The Idempotency-Key was already used with a different request or endpoint; send a new key for a new request.")
        {
            Errors = new Dictionary<string, string[]> { [IdempotencyRequest.HeaderName] = ["This key belongs to another request."] },
        };
    }

    /// <summary>
    /// Records a key with the outcome of its first request, dropping expired keys and then the oldest
    /// ones beyond <see cref="Capacity"/>.
    /// </summary>
    public void Remember(IdempotencyRequest request, string transactionId, decimal newBalance, PositionSnapshot? position, DateTimeOffset now)
    {
        records.RemoveAll(record => record.ExpiresAt <= now || record.Key == request.Key);
        records.Add(new IdempotencyRecord(request.Key, request.RequestHash, transactionId, newBalance, position, now + Lifetime));

        // NOTE: past Capacity keys in 24 hours the oldest keys are forgotten early, so a very late retry
        // with one of them would be applied again.
        if (records.Count > Capacity)
        {
            records.Sort((left, right) => left.ExpiresAt.CompareTo(right.ExpiresAt));
            records.RemoveRange(0, records.Count - Capacity);
        }
    }
}
