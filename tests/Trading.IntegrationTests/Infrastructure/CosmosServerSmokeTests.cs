using System.Net;
using Microsoft.Azure.Cosmos;

namespace Trading.IntegrationTests.Infrastructure;

/// <summary>
/// Checks that the .NET Cosmos DB SDK, with the options of the app's <see cref="Trading.Infrastructure.Cosmos.CosmosClientFactory"/>,
/// works against the @vercel/cosmosdb-server test server for the operations the product relies on.
/// </summary>
public sealed class CosmosServerSmokeTests(CosmosServerFixture fixture) : IClassFixture<CosmosServerFixture>
{
    [Fact]
    public async Task CreateIfNotExists_ExistingResources_ReturnsOk()
    {
        DatabaseResponse database = await fixture.Client.CreateDatabaseIfNotExistsAsync(fixture.DatabaseId);
        ContainerResponse container = await database.Database.CreateContainerIfNotExistsAsync(
            fixture.ContainerId,
            CosmosServerFixture.PartitionKeyPath);

        Assert.Equal(HttpStatusCode.OK, database.StatusCode);
        Assert.Equal(HttpStatusCode.OK, container.StatusCode);
    }

    [Fact]
    public async Task CreateItem_ThenReadItem_ReturnsStoredItem()
    {
        var item = new SmokeItem(NewId(), "create-read", "first", 1);

        ItemResponse<SmokeItem> created = await fixture.Container.CreateItemAsync(item, new PartitionKey(item.Pk));
        ItemResponse<SmokeItem> read = await fixture.Container.ReadItemAsync<SmokeItem>(item.Id, new PartitionKey(item.Pk));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(item, read.Resource);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task ReadItem_MissingId_ThrowsNotFound()
    {
        await fixture.Container.CreateItemAsync(new SmokeItem(NewId(), "missing", "other", 1), new PartitionKey("missing"));

        var exception = await Assert.ThrowsAsync<CosmosException>(
            () => fixture.Container.ReadItemAsync<SmokeItem>(NewId(), new PartitionKey("missing")));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
    }

    [Fact]
    public async Task Query_OptimisticDirectExecution_ReturnsMatchingRows()
    {
        const string partition = "query";
        var first = new SmokeItem(NewId(), partition, "alpha", 1);
        var second = new SmokeItem(NewId(), partition, "beta", 1);
        await fixture.Container.CreateItemAsync(first, new PartitionKey(partition));
        await fixture.Container.CreateItemAsync(second, new PartitionKey(partition));
        await fixture.Container.CreateItemAsync(new SmokeItem(NewId(), "elsewhere", "alpha", 1), new PartitionKey("elsewhere"));
        var query = new QueryDefinition("SELECT TOP 10 * FROM c WHERE c.pk = @pk ORDER BY c.name")
            .WithParameter("@pk", partition);
        var options = new QueryRequestOptions
        {
            PartitionKey = new PartitionKey(partition),
            EnableOptimisticDirectExecution = true,
        };

        var rows = new List<SmokeItem>();
        using (FeedIterator<SmokeItem> iterator = fixture.Container.GetItemQueryIterator<SmokeItem>(query, requestOptions: options))
        {
            while (iterator.HasMoreResults)
            {
                rows.AddRange(await iterator.ReadNextAsync());
            }
        }

        Assert.Equal([first, second], rows);
    }

    [Fact]
    public async Task ReplaceItem_StaleEtag_ThrowsPreconditionFailed()
    {
        var item = new SmokeItem(NewId(), "replace", "original", 1);
        ItemResponse<SmokeItem> created = await fixture.Container.CreateItemAsync(item, new PartitionKey(item.Pk));
        string staleEtag = created.ETag;
        ItemResponse<SmokeItem> replaced = await fixture.Container.ReplaceItemAsync(
            item with { Version = 2 },
            item.Id,
            new PartitionKey(item.Pk),
            new ItemRequestOptions { IfMatchEtag = staleEtag });

        var exception = await Assert.ThrowsAsync<CosmosException>(
            () => fixture.Container.ReplaceItemAsync(
                item with { Version = 3 },
                item.Id,
                new PartitionKey(item.Pk),
                new ItemRequestOptions { IfMatchEtag = staleEtag }));
        SmokeItem stored = (await fixture.Container.ReadItemAsync<SmokeItem>(item.Id, new PartitionKey(item.Pk))).Resource;

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(staleEtag, replaced.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, exception.StatusCode);
        Assert.Equal(2, stored.Version);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
