using Microsoft.Azure.Functions.Worker;
using Trading.Backtests;

namespace Trading.Functions.Backtests;

/// <summary>
/// The activities of <see cref="BacktestOrchestration"/>. Each calls one step of <see cref="BacktestRunner"/>
/// and lets every exception through, so the orchestration's retry policy can act on the failure.
/// </summary>
public sealed class BacktestActivities(BacktestRunner runner)
{
    [Function(nameof(RunBacktestSleeve))]
    public Task<SleeveOutcome> RunBacktestSleeve([ActivityTrigger] SleeveInput input, CancellationToken cancellationToken) =>
        runner.RunSleeveAsync(input, cancellationToken);

    [Function(nameof(CompleteBacktest))]
    public Task<BacktestOutcome> CompleteBacktest([ActivityTrigger] CombineInput input, CancellationToken cancellationToken) =>
        runner.CompleteAsync(input, cancellationToken);

    [Function(nameof(FailBacktest))]
    public Task FailBacktest([ActivityTrigger] BacktestFailure failure, CancellationToken cancellationToken) =>
        runner.FailAsync(failure, cancellationToken);
}
