namespace Trading.Backtests;

/// <summary>Starts and observes backtest orchestrations. The Functions app implements it over the Durable Task client.</summary>
public interface IBacktestScheduler
{
    /// <summary>Schedules the orchestration with instance id <see cref="BacktestInput.BacktestId"/>.</summary>
    Task StartAsync(BacktestInput input, CancellationToken cancellationToken);

    /// <summary>Waits until the instance completes, fails or is terminated. Returns false when <paramref name="timeout"/> passes first.</summary>
    Task<bool> WaitForCompletionAsync(string backtestId, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Returns the instance's state, or null when no instance has that id.</summary>
    Task<BacktestRunState?> GetStateAsync(string backtestId, CancellationToken cancellationToken);
}
