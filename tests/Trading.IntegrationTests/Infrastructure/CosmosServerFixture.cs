using Microsoft.Azure.Cosmos;
using Trading.Infrastructure.Cosmos;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Infrastructure;

/// <summary>
/// A client, database and container on the Cosmos DB test server, shared by the tests of one
/// class. The database id is unique per fixture, so runs against a long-lived server do not
/// see each other's documents.
/// </summary>
public sealed class CosmosServerFixture : IAsyncLifetime
{
    public const string PartitionKeyPath = "/pk";

    private CosmosClient? client;
    private Container? container;

    public string DatabaseId { get; } = $"smoke-{Guid.NewGuid():N}";

    public string ContainerId { get; } = "items";

    public CosmosClient Client => client ?? throw new InvalidOperationException("The fixture is not initialized.");

    public Container Container => container ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        // The product's own client factory, so the smoke tests prove the app's client options work here.
        client = CosmosClientFactory.Create(new CosmosOptions
        {
            Endpoint = TestEnvironment.CosmosEndpoint,
            Key = TestEnvironment.CosmosKey,
            AcceptLocalCertificate = true,
        });

        Database database = await client.CreateDatabaseIfNotExistsAsync(DatabaseId);
        container = await database.CreateContainerIfNotExistsAsync(ContainerId, PartitionKeyPath);
    }

    public async Task DisposeAsync()
    {
        if (client is null)
        {
            return;
        }

        try
        {
            await client.GetDatabase(DatabaseId).DeleteAsync();
        }
        catch (CosmosException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // Nothing to clean up when initialization stopped before the database existed.
        }

        client.Dispose();
    }
}
