using System.Net;
using Microsoft.Azure.Cosmos;
using Trading.Auth;
using Trading.Infrastructure.Cosmos;

namespace Trading.Infrastructure.Auth;

/// <summary>Failed login records in the <c>auth</c> container, changed only by create-only or ETag-conditional writes.</summary>
public sealed class CosmosLoginFailureStore(CosmosDatabase database) : ILoginFailureStore
{
    private readonly Container container = database.Container(TradingContainers.Auth);

    public async Task<Versioned<LoginFailures>?> FindAsync(string normalizedUsername, CancellationToken cancellationToken)
    {
        var id = AuthDocumentIds.LoginFailures(normalizedUsername);
        try
        {
            var response = await container.ReadItemAsync<LoginFailuresDocument>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            return new Versioned<LoginFailures>(response.Resource.ToRecord(), response.ETag);
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> TryCreateAsync(LoginFailures failures, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var document = LoginFailuresDocument.From(failures, timeToLive);
        try
        {
            await container.CreateItemAsync(document, new PartitionKey(document.Id), new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
            return true;
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task<bool> TryReplaceAsync(LoginFailures failures, string etag, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var document = LoginFailuresDocument.From(failures, timeToLive);
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

    public async Task DeleteAsync(string normalizedUsername, CancellationToken cancellationToken)
    {
        var id = AuthDocumentIds.LoginFailures(normalizedUsername);
        using var response = await container.DeleteItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }
}
