using System.Collections.Concurrent;
using Trading.Auth;

namespace Trading.UnitTests.Auth;

/// <summary>A deny-list in memory; the Cosmos store is exercised by the integration tests.</summary>
internal sealed class InMemoryRevokedTokenStore : IRevokedTokenStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> revoked = new();

    public Task RevokeAsync(string tokenId, string userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        revoked[tokenId] = expiresAt;
        return Task.CompletedTask;
    }

    public Task<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken) =>
        Task.FromResult(revoked.ContainsKey(tokenId));
}
