namespace Trading.Infrastructure.Cosmos;

/// <summary>A Cosmos container of the app and the path of its partition key.</summary>
public sealed record ContainerDefinition(string Name, string PartitionKeyPath);
