namespace Trading.Auth;

/// <summary>Users keyed by their case-insensitive username.</summary>
public interface IUserStore
{
    /// <summary>Stores a new user unless the username is taken in any case; returns false when it is.</summary>
    Task<bool> TryCreateAsync(UserRecord user, CancellationToken cancellationToken);

    /// <summary>Finds a user by username in any case; null when there is none.</summary>
    Task<Versioned<UserRecord>?> FindByUsernameAsync(string username, CancellationToken cancellationToken);

    /// <summary>Replaces the password hash unless the user changed since it was read; returns false when it did.</summary>
    Task<bool> TryReplacePasswordHashAsync(Versioned<UserRecord> user, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Deletes a user; deleting one that does not exist changes nothing.</summary>
    Task DeleteAsync(UserRecord user, CancellationToken cancellationToken);
}
