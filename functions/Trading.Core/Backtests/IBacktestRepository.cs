namespace Trading.Backtests;

/// <summary>Storage of backtest documents, scoped to their owner like strategies.</summary>
public interface IBacktestRepository
{
    Task CreateAsync(Backtest backtest, CancellationToken cancellationToken);

    /// <summary>Returns the backtest, or null when it does not exist or belongs to another user.</summary>
    Task<Backtest?> GetAsync(string userId, string backtestId, CancellationToken cancellationToken);

    /// <summary>Replaces the stored document; activities call it again on retry, so it must be idempotent.</summary>
    Task ReplaceAsync(Backtest backtest, CancellationToken cancellationToken);
}
