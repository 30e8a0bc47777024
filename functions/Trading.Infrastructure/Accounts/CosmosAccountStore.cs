using System.Globalization;
using System.Net;
using Microsoft.Azure.Cosmos;
using Trading.Accounts;
using Trading.Infrastructure.Cosmos;

namespace Trading.Infrastructure.Accounts;

/// <summary>
/// Account and ledger documents in the <c>accounts</c> container, always addressed with the user's
/// partition key. The account document is replaced only with <c>IfMatchEtag</c>, so a concurrent write
/// shows up as 412 and is never overwritten.
/// </summary>
public sealed class CosmosAccountStore(CosmosDatabase database) : IAccountStore
{
    private static readonly ItemRequestOptions NoContent = new() { EnableContentResponseOnWrite = false };

    private readonly Container container = database.Container(TradingContainers.Accounts);

    public async Task<VersionedAccount?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var response = await container.ReadItemAsync<AccountDocument>(AccountDocument.DocumentId, new PartitionKey(userId), cancellationToken: cancellationToken);
            return new VersionedAccount(AccountDocumentMapper.ToDomain(response.Resource), response.ETag);
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string?> TryReplaceAsync(Account account, string etag, CancellationToken cancellationToken)
    {
        var options = new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false };
        try
        {
            var response = await container.ReplaceItemAsync(
                AccountDocumentMapper.ToDocument(account),
                AccountDocument.DocumentId,
                new PartitionKey(account.UserId),
                options,
                cancellationToken);
            return response.ETag;
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            return null;
        }
    }

    public Task SaveLedgerEntriesAsync(string userId, IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        var partition = new PartitionKey(userId);
        return Task.WhenAll(entries.Select(entry =>
            container.UpsertItemAsync(LedgerEntryMapper.ToDocument(userId, entry), partition, NoContent, cancellationToken)));
    }

    public async Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(string userId, long beforeSequence, int take, CancellationToken cancellationToken)
    {
        // TOP and a keyset condition instead of continuation tokens: the local test server returns one page per query.
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT TOP {take} * FROM c WHERE c.user_id = @user AND c.type = @type AND c.sequence < @before ORDER BY c.sequence DESC");
        var query = new QueryDefinition(text)
            .WithParameter("@user", userId)
            .WithParameter("@type", LedgerEntryDocument.DocumentType)
            .WithParameter("@before", beforeSequence);
        var options = new QueryRequestOptions
        {
            PartitionKey = new PartitionKey(userId),
            MaxItemCount = take,
            EnableOptimisticDirectExecution = true,
        };

        var entries = new List<LedgerEntry>(take);
        using var iterator = container.GetItemQueryIterator<LedgerEntryDocument>(query, requestOptions: options);
        while (iterator.HasMoreResults && entries.Count < take)
        {
            var page = await iterator.ReadNextAsync(cancellationToken);
            entries.AddRange(page.Select(LedgerEntryMapper.ToDomain));
        }

        return entries;
    }
}
