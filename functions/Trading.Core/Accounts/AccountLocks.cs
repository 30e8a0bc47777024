namespace Trading.Accounts;

/// <summary>
/// Serializes writes to the same account inside one process, so concurrent requests of one user queue
/// here instead of failing each other's conditional replaces. Correctness never depends on it: writes
/// from other instances are still caught by the ETag check. Users hash onto a fixed set of semaphores,
/// so two users may share one; that only costs some waiting.
/// </summary>
public sealed class AccountLocks
{
    private const int StripeCount = 256;

    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string userId, CancellationToken cancellationToken)
    {
        var stripe = stripes[(uint)StringComparer.Ordinal.GetHashCode(userId) % StripeCount];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
