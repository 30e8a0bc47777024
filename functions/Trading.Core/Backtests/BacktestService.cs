using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Trading.Common;
using Trading.Strategies;

namespace Trading.Backtests;

/// <summary>
/// Starts backtests and reports their state to their owner. The run itself happens in an orchestration
/// (see <see cref="BacktestRunner"/> for its steps); this service only validates, checks the data, records
/// the backtest and schedules it.
/// </summary>
public sealed partial class BacktestService(
    StrategyService strategies,
    IBacktestRepository backtests,
    MarketDataCoverage coverage,
    IOptions<BacktestOptions> options,
    TimeProvider clock,
    ILogger<BacktestService> logger)
{
    /// <summary>
    /// Validates the request, checks that every symbol has bars in the range, stores a pending backtest,
    /// starts its orchestration and waits up to <see cref="BacktestOptions.WaitSeconds"/> for it to finish.
    /// </summary>
    /// <exception cref="DomainException">Invalid request (validation), unknown strategy (not found), or a symbol without data (business rule).</exception>
    public async Task<BacktestView> StartAsync(
        string userId,
        string strategyId,
        BacktestRequest request,
        IBacktestScheduler scheduler,
        CancellationToken cancellationToken)
    {
        BacktestRange range = BacktestRange.Validate(request);
        Strategy strategy = await strategies.GetAsync(userId, strategyId, cancellationToken);
        IReadOnlyList<string> symbols = strategy.Parameters.Symbols;
        await coverage.EnsureCoveredAsync(symbols, range, cancellationToken);

        var backtest = new Backtest(
            StrategyIds.New(), userId, strategy.Id, [.. symbols], range.StartDate, range.EndDate, range.InitialCapital, BacktestStatus.Pending, clock.GetUtcNow());
        await backtests.CreateAsync(backtest, cancellationToken);

        var input = new BacktestInput(
            backtest.Id,
            userId,
            strategy.Id,
            strategy.TypeName,
            JsonSerializer.Serialize(strategy.Parameters.ToDictionary()),
            backtest.Symbols,
            range.StartDate,
            range.EndDate,
            range.InitialCapital);
        await ScheduleAsync(backtest, input, scheduler, cancellationToken);

        int waitSeconds = options.Value.WaitSeconds;
        if (waitSeconds > 0)
        {
            await scheduler.WaitForCompletionAsync(backtest.Id, TimeSpan.FromSeconds(waitSeconds), cancellationToken);
        }

        Backtest stored = await backtests.GetAsync(userId, backtest.Id, cancellationToken) ?? backtest;
        return await MergeAsync(stored, scheduler, cancellationToken);
    }

    /// <exception cref="DomainException">Not found, also when the backtest belongs to another strategy or user.</exception>
    public async Task<BacktestView> GetAsync(
        string userId,
        string strategyId,
        string backtestId,
        IBacktestScheduler scheduler,
        CancellationToken cancellationToken)
    {
        Backtest? backtest = StrategyIds.IsWellFormed(backtestId)
            ? await backtests.GetAsync(userId, backtestId, cancellationToken)
            : null;
        if (backtest is null || backtest.StrategyId != strategyId)
        {
            throw DomainException.NotFound("backtest", backtestId);
        }

        return await MergeAsync(backtest, scheduler, cancellationToken);
    }

    private async Task ScheduleAsync(Backtest backtest, BacktestInput input, IBacktestScheduler scheduler, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.StartAsync(input, cancellationToken);
            LogStarted(backtest.Id, backtest.StrategyId, backtest.Symbols.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogScheduleFailed(backtest.Id, exception);
            Backtest failed = backtest with
            {
                Status = BacktestStatus.Failed,
                Error = "The backtest could not be scheduled; start it again.",
                CompletedAt = clock.GetUtcNow(),
            };
            await backtests.ReplaceAsync(failed, CancellationToken.None);
            throw;
        }
    }

    private async Task<BacktestView> MergeAsync(Backtest backtest, IBacktestScheduler scheduler, CancellationToken cancellationToken)
    {
        int total = backtest.Symbols.Count;
        if (Ended(backtest) is { } ended)
        {
            return ended;
        }

        // The document changes only at the end, so progress and an early failure come from the runtime.
        BacktestRunState? state = await scheduler.GetStateAsync(backtest.Id, cancellationToken);
        if (state?.Status == BacktestStatus.Failed)
        {
            // FailBacktest stores the reason before the orchestration fails, so the document read above may
            // predate that write. Reading it again returns the stored reason in that case.
            Backtest? current = await backtests.GetAsync(backtest.UserId, backtest.Id, cancellationToken);
            if (current is not null && Ended(current) is { } stored)
            {
                return stored;
            }
        }

        BacktestProgress progress = state?.Progress ?? new BacktestProgress(0, total);
        return state?.Status switch
        {
            BacktestStatus.Failed => new BacktestView(backtest, BacktestStatus.Failed, progress, "The backtest failed before it could record a reason."),
            BacktestStatus.Running or BacktestStatus.Completed => new BacktestView(backtest, BacktestStatus.Running, progress, null),
            _ => new BacktestView(backtest, BacktestStatus.Pending, progress, null),
        };
    }

    /// <summary>Returns the view of a document that stores a completed or failed run, or null while it runs.</summary>
    private static BacktestView? Ended(Backtest backtest)
    {
        int total = backtest.Symbols.Count;
        return backtest.Status switch
        {
            BacktestStatus.Completed => new BacktestView(backtest, BacktestStatus.Completed, new BacktestProgress(total, total), null),
            BacktestStatus.Failed => new BacktestView(backtest, BacktestStatus.Failed, new BacktestProgress(0, total), backtest.Error),
            _ => null,
        };
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Started backtest {BacktestId} of strategy {StrategyId} over {SymbolCount} symbols")]
    private partial void LogStarted(string backtestId, string strategyId, int symbolCount);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "Scheduling backtest {BacktestId} failed; it is marked failed")]
    private partial void LogScheduleFailed(string backtestId, Exception exception);
}
