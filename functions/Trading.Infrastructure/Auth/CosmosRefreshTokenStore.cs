using System.Net;
using Microsoft.Azure.Cosmos;
using Trading.Auth;
using Trading.Infrastructure.Cosmos;

namespace Trading.Infrastructure.Auth;

/// <summary>Refresh tokens and token families in the <c>auth</c> container.</summary>
public sealed class CosmosRefreshTokenStore(CosmosDatabase database, TimeProvider time) : IRefreshTokenStore
{
    private static readonly ItemRequestOptions NoContentOnWrite = new() { EnableContentResponseOnWrite = false };

    private readonly Container container = database.Container(TradingContainers.Auth);

    public Task CreateTokenAsync(RefreshTokenRecord token, CancellationToken cancellationToken)
    {
        var document = RefreshTokenDocument.From(token, time.GetUtcNow());
        return container.CreateItemAsync(document, new PartitionKey(document.Id), NoContentOnWrite, cancellationToken);
    }

    public async Task<RefreshTokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var id = AuthDocumentIds.RefreshToken(tokenHash);
        try
        {
            var response = await container.ReadItemAsync<RefreshTokenDocument>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            return response.Resource.ToRecord();
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task CreateFamilyAsync(TokenFamily family, CancellationToken cancellationToken)
    {
        var document = TokenFamilyDocument.From(family, time.GetUtcNow());
        return container.CreateItemAsync(document, new PartitionKey(document.Id), NoContentOnWrite, cancellationToken);
    }

    public async Task<Versioned<TokenFamily>?> FindFamilyAsync(string familyId, CancellationToken cancellationToken)
    {
        var id = AuthDocumentIds.Family(familyId);
        try
        {
            var response = await container.ReadItemAsync<TokenFamilyDocument>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            return new Versioned<TokenFamily>(response.Resource.ToFamily(), response.ETag);
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> TryReplaceFamilyAsync(TokenFamily family, string etag, CancellationToken cancellationToken)
    {
        var document = TokenFamilyDocument.From(family, time.GetUtcNow());
        var requestOptions = new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false };
        try
        {
            await container.ReplaceItemAsync(document, document.Id, new PartitionKey(document.Id), requestOptions, cancellationToken);
            return true;
        }
        catch (CosmosException exception) when (exception.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
