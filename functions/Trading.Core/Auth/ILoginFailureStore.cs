namespace Trading.Auth;

/// <summary>Failed login records by case-insensitive username, shared by every instance of the app.</summary>
public interface ILoginFailureStore
{
    /// <summary>Finds the record of a normalized username; null when there is none.</summary>
    Task<Versioned<LoginFailures>?> FindAsync(string normalizedUsername, CancellationToken cancellationToken);

    /// <summary>Creates the record unless one exists; returns false when it does.</summary>
    Task<bool> TryCreateAsync(LoginFailures failures, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Replaces the record unless it changed since it was read; returns false when it did or was deleted.</summary>
    Task<bool> TryReplaceAsync(LoginFailures failures, string etag, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Deletes the record; deleting one that does not exist changes nothing.</summary>
    Task DeleteAsync(string normalizedUsername, CancellationToken cancellationToken);
}
