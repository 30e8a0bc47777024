using Azure.Storage.Blobs;
using Trading.Health;

namespace Trading.Infrastructure.Storage;

/// <summary>Reads the blob service properties, a real round trip to the storage account.</summary>
public sealed class BlobStorageHealthCheck(BlobServiceClient blobs) : IDependencyHealthCheck
{
    public string Name => "storage";

    public Task CheckAsync(CancellationToken cancellationToken) => blobs.GetPropertiesAsync(cancellationToken);
}
