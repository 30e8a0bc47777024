namespace Trading.Accounts;

/// <summary>Settings under <c>Accounts</c> (environment variables <c>Accounts__MaxWriteAttempts</c> and so on).</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Conditional replaces tried per request before it fails with 503 <c>account-busy</c>.</summary>
    public int MaxWriteAttempts { get; set; } = 50;

    /// <summary>Upper bound of the random wait before a retry after a 412, in milliseconds.</summary>
    public int MaxRetryDelayMilliseconds { get; set; } = 250;

    /// <summary>
    /// Queue writes to one account inside this process (see <see cref="AccountLocks"/>). Turning it off
    /// leaves only the ETag check, which is still correct but retries far more under contention.
    /// </summary>
    public bool SerializeWritesInProcess { get; set; } = true;
}
