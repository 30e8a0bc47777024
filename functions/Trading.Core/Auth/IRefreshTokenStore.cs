namespace Trading.Auth;

/// <summary>Refresh token records (by hash) and token families (by id).</summary>
public interface IRefreshTokenStore
{
    Task CreateTokenAsync(RefreshTokenRecord token, CancellationToken cancellationToken);

    /// <summary>Finds a token by its hash; null when there is none.</summary>
    Task<RefreshTokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken);

    Task CreateFamilyAsync(TokenFamily family, CancellationToken cancellationToken);

    /// <summary>Finds a family by id; null when there is none.</summary>
    Task<Versioned<TokenFamily>?> FindFamilyAsync(string familyId, CancellationToken cancellationToken);

    /// <summary>Replaces a family unless it changed since it was read; returns false when it did.</summary>
    Task<bool> TryReplaceFamilyAsync(TokenFamily family, string etag, CancellationToken cancellationToken);
}
