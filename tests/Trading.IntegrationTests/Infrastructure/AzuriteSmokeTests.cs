using Trading.IntegrationTests.Support;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Trading.IntegrationTests.Infrastructure;

/// <summary>
/// Checks that Azure.Storage.Blobs works against Azurite through the connection string that
/// <c>scripts/services.sh</c> exports.
/// </summary>
public sealed class AzuriteSmokeTests : IAsyncLifetime
{
    private readonly BlobContainerClient container = new BlobServiceClient(TestEnvironment.StorageConnection)
        .GetBlobContainerClient($"smoke-{Guid.NewGuid():N}");

    public async Task InitializeAsync() => await container.CreateAsync();

    public async Task DisposeAsync() => await container.DeleteIfExistsAsync();

    [Fact]
    public async Task UploadBlob_ThenDownload_ReturnsSameContent()
    {
        BlobClient blob = container.GetBlobClient("results/backtest.json");
        var content = BinaryData.FromString("""{"total_return":"0.125"}""");

        await blob.UploadAsync(content);
        BlobDownloadResult downloaded = (await blob.DownloadContentAsync()).Value;

        Assert.Equal(content.ToArray(), downloaded.Content.ToArray());
    }

    [Fact]
    public async Task UploadBlob_IfNoneMatchExisting_ThrowsConflict()
    {
        BlobClient blob = container.GetBlobClient("once.txt");
        await blob.UploadAsync(BinaryData.FromString("first"));
        var options = new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };

        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.UploadAsync(BinaryData.FromString("second"), options));
        BlobDownloadResult stored = (await blob.DownloadContentAsync()).Value;

        Assert.Equal(409, exception.Status);
        Assert.Equal("first", stored.Content.ToString());
    }
}
