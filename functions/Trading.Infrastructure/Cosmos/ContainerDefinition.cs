namespace Trading.Infrastructure.Cosmos;

/// <summary>A Cosmos container of the app and the path of its partition key.</summary>
/// <param name="Name">Container id.</param>
/// <param name="PartitionKeyPath">Partition key path, such as <c>/user_id</c>.</param>
/// <param name="DefaultTimeToLive">
/// Container default time to live in seconds: null turns expiry off, -1 turns it on with no default so
/// that only items carrying their own <c>ttl</c> expire.
/// </param>
public sealed record ContainerDefinition(string Name, string PartitionKeyPath, int? DefaultTimeToLive = null);
