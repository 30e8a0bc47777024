using Trading.Health;

namespace Trading.Infrastructure.Cosmos;

/// <summary>Reads the database resource, a real round trip that fails when Cosmos DB is unreachable.</summary>
public sealed class CosmosHealthCheck(CosmosDatabase database) : IDependencyHealthCheck
{
    public string Name => "cosmos";

    public Task CheckAsync(CancellationToken cancellationToken) =>
        database.Database.ReadAsync(cancellationToken: cancellationToken);
}
