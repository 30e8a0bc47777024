using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using Trading.Auth;
using Trading.Infrastructure.Cosmos;

namespace Trading.Infrastructure.Auth;

/// <summary>
/// The access token deny-list in the <c>auth</c> container. The check is a point read on every
/// authenticated request; it uses the stream API so the usual result, not found, throws no exception.
/// </summary>
public sealed class CosmosRevokedTokenStore(CosmosDatabase database, TimeProvider time, IOptions<AuthOptions> options) : IRevokedTokenStore
{
    private static readonly ItemRequestOptions NoContentOnWrite = new() { EnableContentResponseOnWrite = false };

    private readonly Container container = database.Container(TradingContainers.Auth);

    public Task RevokeAsync(string tokenId, string userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var id = AuthDocumentIds.RevokedAccessToken(tokenId);
        var keepFor = expiresAt + options.Value.ClockSkew - time.GetUtcNow();
        var document = new RevokedAccessTokenDocument(id, tokenId, userId, expiresAt, AuthDocumentIds.TimeToLiveSeconds(keepFor));
        return container.UpsertItemAsync(document, new PartitionKey(id), NoContentOnWrite, cancellationToken);
    }

    public async Task<bool> IsRevokedAsync(string tokenId, CancellationToken cancellationToken)
    {
        var id = AuthDocumentIds.RevokedAccessToken(tokenId);
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }
}
