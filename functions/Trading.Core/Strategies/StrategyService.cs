using Microsoft.Extensions.Logging;
using Trading.Common;

namespace Trading.Strategies;

/// <summary>Creates and reads a user's strategies. Another user's strategy is reported as not found.</summary>
public sealed partial class StrategyService(IStrategyRepository repository, TimeProvider clock, ILogger<StrategyService> logger)
{
    /// <summary>Maximum number of strategies one list call returns. The newest ones are kept.</summary>
    public const int MaxListed = 500;

    public async Task<Strategy> CreateAsync(string userId, NewStrategy input, CancellationToken cancellationToken)
    {
        var (name, parameters) = StrategyDefinition.Validate(input);
        var strategy = new Strategy(StrategyIds.New(), userId, name, parameters, clock.GetUtcNow(), Performance: null);

        await repository.CreateAsync(strategy, cancellationToken);
        LogCreated(strategy.Id, userId, strategy.TypeName);
        return strategy;
    }

    public Task<IReadOnlyList<Strategy>> ListAsync(string userId, CancellationToken cancellationToken) =>
        repository.ListAsync(userId, MaxListed, cancellationToken);

    /// <exception cref="DomainException">Not found, also for a malformed id or another user's strategy.</exception>
    public async Task<Strategy> GetAsync(string userId, string strategyId, CancellationToken cancellationToken)
    {
        Strategy? strategy = StrategyIds.IsWellFormed(strategyId)
            ? await repository.GetAsync(userId, strategyId, cancellationToken)
            : null;
        return strategy ?? throw DomainException.NotFound("strategy", strategyId);
    }

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Created strategy {StrategyId} of type {StrategyType} for user {UserId}")]
    private partial void LogCreated(string strategyId, string userId, string strategyType);
}
