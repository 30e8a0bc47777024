using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Trading.Backtests;

namespace Trading.Functions.Backtests;

/// <summary>
/// <see cref="IBacktestScheduler"/> over the Durable Task client that the Functions host binds to each HTTP
/// invocation, which is why it is created per call instead of registered as a service.
/// </summary>
public sealed class DurableBacktestScheduler(DurableTaskClient client) : IBacktestScheduler
{
    public Task StartAsync(BacktestInput input, CancellationToken cancellationToken) =>
        client.ScheduleNewOrchestrationInstanceAsync(
            nameof(BacktestOrchestration.RunBacktest),
            input,
            new StartOrchestrationOptions(InstanceId: input.BacktestId),
            cancellationToken);

    public async Task<bool> WaitForCompletionAsync(string backtestId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await client.WaitForInstanceCompletionAsync(backtestId, getInputsAndOutputs: false, deadline.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task<BacktestRunState?> GetStateAsync(string backtestId, CancellationToken cancellationToken)
    {
        OrchestrationMetadata? metadata = await client.GetInstanceAsync(backtestId, getInputsAndOutputs: true, cancellationToken);
        if (metadata is null)
        {
            return null;
        }

        BacktestStatus status = metadata.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Pending => BacktestStatus.Pending,
            OrchestrationRuntimeStatus.Completed => BacktestStatus.Completed,
            OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated => BacktestStatus.Failed,
            _ => BacktestStatus.Running,
        };
        BacktestProgress? progress = metadata.SerializedCustomStatus is null ? null : metadata.ReadCustomStatusAs<BacktestProgress>();
        return new BacktestRunState(status, progress, metadata.FailureDetails?.ErrorMessage);
    }
}
