using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Trading.Infrastructure.Cosmos;
using Trading.Strategies;

namespace Trading.Infrastructure.Strategies;

/// <summary>Strategies in the <c>strategies</c> container, partitioned by owner; every call passes the user id as partition key.</summary>
public sealed partial class CosmosStrategyRepository(CosmosDatabase database, ILogger<CosmosStrategyRepository> logger) : IStrategyRepository
{
    private const int MaxPerformanceAttempts = 5;

    private readonly Container container = database.Container(TradingContainers.Strategies);

    public Task CreateAsync(Strategy strategy, CancellationToken cancellationToken) =>
        container.CreateItemAsync(StrategyDocumentMapper.ToDocument(strategy), new PartitionKey(strategy.UserId), cancellationToken: cancellationToken);

    public async Task<Strategy?> GetAsync(string userId, string strategyId, CancellationToken cancellationToken)
    {
        ItemResponse<StrategyDocument>? response = await ReadAsync(userId, strategyId, cancellationToken);
        return response?.Resource is { Type: StrategyDocument.DocumentType } document ? StrategyDocumentMapper.ToStrategy(document) : null;
    }

    public async Task<IReadOnlyList<Strategy>> ListAsync(string userId, int limit, CancellationToken cancellationToken)
    {
        // One page with TOP: the local Cosmos server used in tests serves no continuation tokens. That server
        // also rejects this query ("missing partition keys") unless the WHERE clause names the partition key.
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var query = new QueryDefinition(FormattableString.Invariant($"SELECT TOP {limit} * FROM c WHERE c.user_id = @user AND c.type = @type ORDER BY c.created_at DESC"))
            .WithParameter("@user", userId)
            .WithParameter("@type", StrategyDocument.DocumentType);
        var options = new QueryRequestOptions
        {
            PartitionKey = new PartitionKey(userId),
            MaxItemCount = limit,
            EnableOptimisticDirectExecution = true,
        };

        var strategies = new List<Strategy>();
        using FeedIterator<StrategyDocument> iterator = container.GetItemQueryIterator<StrategyDocument>(query, requestOptions: options);
        while (iterator.HasMoreResults && strategies.Count < limit)
        {
            FeedResponse<StrategyDocument> page = await iterator.ReadNextAsync(cancellationToken);
            strategies.AddRange(page.Select(StrategyDocumentMapper.ToStrategy));
        }

        return strategies.Count > limit ? strategies[..limit] : strategies;
    }

    public async Task UpdatePerformanceAsync(string userId, string strategyId, StrategyPerformance performance, CancellationToken cancellationToken)
    {
        for (int attempt = 1; attempt <= MaxPerformanceAttempts; attempt++)
        {
            ItemResponse<StrategyDocument>? response = await ReadAsync(userId, strategyId, cancellationToken);
            if (response?.Resource is not { } document)
            {
                LogPerformanceForMissingStrategy(strategyId, performance.BacktestId);
                return;
            }

            if (document.Performance is { } stored && stored.CompletedAt > performance.CompletedAt)
            {
                return;
            }

            document.Performance = StrategyDocumentMapper.ToDocument(performance);
            try
            {
                await container.ReplaceItemAsync(
                    document, strategyId, new PartitionKey(userId), new ItemRequestOptions { IfMatchEtag = response.ETag }, cancellationToken);
                return;
            }
            catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.PreconditionFailed && attempt < MaxPerformanceAttempts)
            {
                LogPerformanceConflict(strategyId, attempt);
            }
        }
    }

    private async Task<ItemResponse<StrategyDocument>?> ReadAsync(string userId, string strategyId, CancellationToken cancellationToken)
    {
        try
        {
            return await container.ReadItemAsync<StrategyDocument>(strategyId, new PartitionKey(userId), cancellationToken: cancellationToken);
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 5200, Level = LogLevel.Warning, Message = "Backtest {BacktestId} finished for strategy {StrategyId}, which is no longer stored; its performance was not recorded")]
    private partial void LogPerformanceForMissingStrategy(string strategyId, string backtestId);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Performance update of strategy {StrategyId} lost a concurrent write on attempt {Attempt}; retrying")]
    private partial void LogPerformanceConflict(string strategyId, int attempt);
}
