using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Trading.Backtesting.Engine;
using Trading.Backtests;

namespace Trading.Functions.Backtests;

/// <summary>
/// Runs one backtest: one activity per symbol (fan-out) runs its sleeve and stores it in a blob, then one
/// activity (fan-in) combines the sleeves and records the result. Only blob names and a few numbers pass
/// through the orchestration history. The custom status is a <see cref="BacktestProgress"/>.
/// </summary>
public static partial class BacktestOrchestration
{
    /// <summary>Three attempts, 2 s then 4 s apart: enough for a storage throttle or a restarted worker.</summary>
    private static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2.0));

    [Function(nameof(RunBacktest))]
    public static async Task<BacktestOutcome> RunBacktest([OrchestrationTrigger] TaskOrchestrationContext context, BacktestInput input)
    {
        // Orchestrators replay: use only the context's clock, ids and logger here, and do no I/O.
        ILogger logger = context.CreateReplaySafeLogger(nameof(BacktestOrchestration));
        int total = input.Symbols.Count;
        context.SetCustomStatus(new BacktestProgress(0, total));
        string step = nameof(BacktestActivities.RunBacktestSleeve);
        try
        {
            double sleeveCapital = BacktestEngine.SleeveCapital((double)input.InitialCapital, total);
            var sleeves = new Dictionary<Task<SleeveOutcome>, string>();
            foreach (string symbol in input.Symbols)
            {
                var sleeve = new SleeveInput(input.BacktestId, symbol, input.StrategyType, input.ParametersJson, input.StartDate, input.EndDate, sleeveCapital);
                sleeves[context.CallActivityAsync<SleeveOutcome>(nameof(BacktestActivities.RunBacktestSleeve), sleeve, ActivityRetry)] = symbol;
            }

            var outcomes = new Dictionary<string, SleeveOutcome>(StringComparer.Ordinal);
            var remaining = sleeves.Keys.ToList();
            while (remaining.Count > 0)
            {
                Task<SleeveOutcome> finished = await Task.WhenAny(remaining);
                remaining.Remove(finished);
                step = $"{nameof(BacktestActivities.RunBacktestSleeve)} of {sleeves[finished]}";
                SleeveOutcome outcome = await finished;
                outcomes[outcome.Symbol] = outcome;
                context.SetCustomStatus(new BacktestProgress(outcomes.Count, total));
            }

            step = nameof(BacktestActivities.CompleteBacktest);
            var combine = new CombineInput(
                input.BacktestId,
                input.UserId,
                input.StrategyId,
                [.. input.Symbols.Select(symbol => outcomes[symbol].BlobName)],
                new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc)));
            BacktestOutcome result = await context.CallActivityAsync<BacktestOutcome>(nameof(BacktestActivities.CompleteBacktest), combine, ActivityRetry);
            LogCompleted(logger, input.BacktestId, total);
            return result;
        }
        catch (TaskFailedException exception)
        {
            string reason = FailureReason(step, exception.FailureDetails, input.BacktestId);
            LogFailed(logger, input.BacktestId, step, exception.FailureDetails.ErrorType);
            var failure = new BacktestFailure(input.BacktestId, input.UserId, reason, new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc)));
            await context.CallActivityAsync(nameof(BacktestActivities.FailBacktest), failure, ActivityRetry);
            throw;
        }
    }

    /// <summary>
    /// Shows the owner the message of a <see cref="BacktestRunException"/>; any other error may carry storage
    /// details, so it is only named by step, and operators find it in the logs by backtest id.
    /// </summary>
    private static string FailureReason(string step, TaskFailureDetails details, string backtestId) =>
        details.ErrorType == typeof(BacktestRunException).FullName
            ? details.ErrorMessage
            : $"Step {step} failed after {ActivityRetry.Retry?.Policy?.MaxNumberOfAttempts} attempts with an internal error; quote backtest id {backtestId} when reporting it.";

    [LoggerMessage(EventId = 5120, Level = LogLevel.Information, Message = "Backtest orchestration {BacktestId} completed over {SymbolCount} symbols")]
    private static partial void LogCompleted(ILogger logger, string backtestId, int symbolCount);

    [LoggerMessage(EventId = 5121, Level = LogLevel.Warning, Message = "Backtest orchestration {BacktestId} failed in step {Step} with {ErrorType}")]
    private static partial void LogFailed(ILogger logger, string backtestId, string step, string errorType);
}
