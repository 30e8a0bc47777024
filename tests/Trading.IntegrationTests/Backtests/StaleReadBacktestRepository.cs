using Trading.Backtests;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// An <see cref="IBacktestRepository"/> over the app's real repository that can return a backtest as it was
/// before its run ended, once. It reproduces a status request that read the document just before the
/// orchestration stored the outcome.
/// </summary>
public sealed class StaleReadBacktestRepository(IBacktestRepository inner) : IBacktestRepository
{
    private string? staleBacktestId;

    /// <summary>Makes the next read of <paramref name="backtestId"/> return the stored document as still pending.</summary>
    public void ReturnPendingOnNextRead(string backtestId) => Volatile.Write(ref staleBacktestId, backtestId);

    public Task CreateAsync(Backtest backtest, CancellationToken cancellationToken) => inner.CreateAsync(backtest, cancellationToken);

    public async Task<Backtest?> GetAsync(string userId, string backtestId, CancellationToken cancellationToken)
    {
        Backtest? stored = await inner.GetAsync(userId, backtestId, cancellationToken);
        string? armed = Volatile.Read(ref staleBacktestId);
        if (stored is not null && armed == backtestId && ReferenceEquals(Interlocked.CompareExchange(ref staleBacktestId, null, armed), armed))
        {
            return stored with { Status = BacktestStatus.Pending, Statistics = null, ResultBlob = null, Error = null, CompletedAt = null };
        }

        return stored;
    }

    public Task ReplaceAsync(Backtest backtest, CancellationToken cancellationToken) => inner.ReplaceAsync(backtest, cancellationToken);
}
