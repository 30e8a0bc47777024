using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace Trading.Infrastructure.Cosmos;

/// <summary>The app's database and its containers, resolved once from configuration.</summary>
public sealed class CosmosDatabase(CosmosClient client, IOptions<CosmosOptions> options)
{
    public CosmosClient Client { get; } = client;

    public Database Database { get; } = client.GetDatabase(options.Value.Database);

    public Container Container(ContainerDefinition definition) => Database.GetContainer(definition.Name);

    /// <summary>Creates the database and every container of <see cref="TradingContainers.All"/> when missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var response = await Client.CreateDatabaseIfNotExistsAsync(Database.Id, cancellationToken: cancellationToken);
        foreach (var definition in TradingContainers.All)
        {
            var properties = new ContainerProperties(definition.Name, definition.PartitionKeyPath)
            {
                DefaultTimeToLive = definition.DefaultTimeToLive,
            };
            await response.Database.CreateContainerIfNotExistsAsync(properties, cancellationToken: cancellationToken);
        }
    }
}
