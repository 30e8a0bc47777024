using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Trading.Backtesting.Engine;
using Trading.Backtests;
using Trading.Infrastructure.Storage;

namespace Trading.Infrastructure.Backtests;

/// <summary>
/// Backtest results in the container <see cref="StorageOptions.BacktestContainer"/> as JSON blobs:
/// <c>{backtest_id}/sleeves/{symbol}.json</c> per symbol and <c>{backtest_id}/result.json</c> for the portfolio.
/// </summary>
public sealed class BlobBacktestResultStore(BlobServiceClient blobs, IOptions<StorageOptions> options) : IBacktestResultStore
{
    private readonly BlobContainerClient container = blobs.GetBlobContainerClient(options.Value.BacktestContainer);
    private volatile bool containerExists;

    public Task<string> SaveSleeveAsync(string backtestId, SymbolBacktestResult sleeve, CancellationToken cancellationToken) =>
        UploadAsync($"{backtestId}/sleeves/{sleeve.Symbol}.json", sleeve, cancellationToken);

    public async Task<SymbolBacktestResult> LoadSleeveAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            BlobDownloadResult download = await container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            return download.Content.ToObjectFromJson<SymbolBacktestResult>(BacktestBlobJson.Options)
                ?? throw new InvalidOperationException($"Backtest blob {blobName} contains JSON null.");
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            throw new InvalidOperationException($"Backtest blob {blobName} does not exist.", exception);
        }
    }

    public Task<string> SavePortfolioAsync(string backtestId, PortfolioBacktestResult result, CancellationToken cancellationToken) =>
        UploadAsync($"{backtestId}/result.json", result, cancellationToken);

    private async Task<string> UploadAsync<T>(string blobName, T value, CancellationToken cancellationToken)
    {
        if (!containerExists)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            containerExists = true;
        }

        var upload = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } };
        await container.GetBlobClient(blobName).UploadAsync(BinaryData.FromObjectAsJson(value, BacktestBlobJson.Options), upload, cancellationToken);
        return blobName;
    }
}
