using System.Net;
using Microsoft.Azure.Cosmos;
using Trading.Auth;
using Trading.Infrastructure.Cosmos;

namespace Trading.Infrastructure.Auth;

/// <summary>Users in the <c>users</c> container, one document per user keyed by the lower-cased username.</summary>
public sealed class CosmosUserStore(CosmosDatabase database) : IUserStore
{
    private static readonly ItemRequestOptions NoContentOnWrite = new() { EnableContentResponseOnWrite = false };

    private readonly Container container = database.Container(TradingContainers.Users);

    public async Task<bool> TryCreateAsync(UserRecord user, CancellationToken cancellationToken)
    {
        var document = UserDocument.From(user);
        try
        {
            await container.CreateItemAsync(document, new PartitionKey(document.Id), NoContentOnWrite, cancellationToken);
            return true;
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task<Versioned<UserRecord>?> FindByUsernameAsync(string username, CancellationToken cancellationToken)
    {
        var id = CredentialRules.Normalize(username);
        try
        {
            var response = await container.ReadItemAsync<UserDocument>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            return new Versioned<UserRecord>(response.Resource.ToRecord(), response.ETag);
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> TryReplacePasswordHashAsync(Versioned<UserRecord> user, string passwordHash, CancellationToken cancellationToken)
    {
        var document = UserDocument.From(user.Value with { PasswordHash = passwordHash });
        var requestOptions = new ItemRequestOptions { IfMatchEtag = user.ETag, EnableContentResponseOnWrite = false };
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

    public async Task DeleteAsync(UserRecord user, CancellationToken cancellationToken)
    {
        var id = CredentialRules.Normalize(user.Username);
        using var response = await container.DeleteItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }
}
