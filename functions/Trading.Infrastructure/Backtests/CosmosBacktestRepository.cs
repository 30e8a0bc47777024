using System.Net;
using Microsoft.Azure.Cosmos;
using Trading.Backtests;
using Trading.Infrastructure.Cosmos;

namespace Trading.Infrastructure.Backtests;

/// <summary>Backtest documents in the <c>strategies</c> container, partitioned by owner.</summary>
public sealed class CosmosBacktestRepository(CosmosDatabase database) : IBacktestRepository
{
    private readonly Container container = database.Container(TradingContainers.Strategies);

    public Task CreateAsync(Backtest backtest, CancellationToken cancellationToken) =>
        container.CreateItemAsync(BacktestDocumentMapper.ToDocument(backtest), new PartitionKey(backtest.UserId), cancellationToken: cancellationToken);

    public async Task<Backtest?> GetAsync(string userId, string backtestId, CancellationToken cancellationToken)
    {
        try
        {
            ItemResponse<BacktestDocument> response = await container.ReadItemAsync<BacktestDocument>(
                backtestId, new PartitionKey(userId), cancellationToken: cancellationToken);
            return response.Resource.Type == BacktestDocument.DocumentType ? BacktestDocumentMapper.ToBacktest(response.Resource) : null;
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <remarks>
    /// An upsert without an ETag: only the orchestration of a backtest writes its document after creation,
    /// one step at a time, so no write can be lost to a concurrent one.
    /// </remarks>
    public Task ReplaceAsync(Backtest backtest, CancellationToken cancellationToken) =>
        container.UpsertItemAsync(BacktestDocumentMapper.ToDocument(backtest), new PartitionKey(backtest.UserId), cancellationToken: cancellationToken);
}
