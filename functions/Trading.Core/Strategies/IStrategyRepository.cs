namespace Trading.Strategies;

/// <summary>Storage of strategies, always scoped to their owner.</summary>
public interface IStrategyRepository
{
    Task CreateAsync(Strategy strategy, CancellationToken cancellationToken);

    /// <summary>Returns the strategy, or null when it does not exist or belongs to another user.</summary>
    Task<Strategy?> GetAsync(string userId, string strategyId, CancellationToken cancellationToken);

    /// <summary>Returns up to <paramref name="limit"/> of the user's strategies, newest first.</summary>
    Task<IReadOnlyList<Strategy>> ListAsync(string userId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="performance"/> as the strategy's latest unless the stored one completed later,
    /// so backtests that finish out of order never move it backwards. A missing strategy is ignored.
    /// </summary>
    Task UpdatePerformanceAsync(string userId, string strategyId, StrategyPerformance performance, CancellationToken cancellationToken);
}
