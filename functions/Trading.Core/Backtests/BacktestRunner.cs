using System.Text.Json;
using Microsoft.Extensions.Logging;
using Trading.Backtesting.Engine;
using Trading.Backtesting.Strategies;
using Trading.Strategies;

namespace Trading.Backtests;

/// <summary>
/// The steps of a backtest orchestration, one method per activity: run one symbol's sleeve (fan-out),
/// combine the sleeves and record the result (fan-in), or record a failure. Each step can run again after a
/// retry and then stores the same blobs and documents again.
/// </summary>
public sealed partial class BacktestRunner(
    DailyBarLoader loader,
    IBacktestResultStore results,
    IBacktestRepository backtests,
    IStrategyRepository strategies,
    ILogger<BacktestRunner> logger)
{
    /// <summary>Loads the symbol's daily bars, runs the engine on its sleeve and stores the sleeve in a blob.</summary>
    /// <exception cref="BacktestRunException">The parameters no longer parse.</exception>
    public async Task<SleeveOutcome> RunSleeveAsync(SleeveInput input, CancellationToken cancellationToken)
    {
        StrategyParameters parameters = ParseParameters(input.StrategyType, input.ParametersJson);
        var range = new BacktestRange(input.StartDate, input.EndDate, 1m);
        var bars = await loader.LoadAsync(input.Symbol, range.From, range.To, cancellationToken);
        BarSeries series = DailyBarLoader.ToSeries(input.Symbol, bars, parameters.UseAdjustedPrices, out bool adjusted);

        SymbolBacktestResult sleeve = BacktestEngine.RunSymbol(parameters, series, input.SleeveCapital);
        string blobName = await results.SaveSleeveAsync(input.BacktestId, sleeve, cancellationToken);
        LogSleeveDone(input.BacktestId, input.Symbol, series.Count, sleeve.Trades.Count, adjusted);
        return new SleeveOutcome(input.Symbol, blobName, series.Count, sleeve.Trades.Count, sleeve.FinalEquity, adjusted);
    }

    /// <summary>
    /// Combines the stored sleeves, stores the full result in a blob, marks the backtest completed with its
    /// statistics and makes it the strategy's latest performance.
    /// </summary>
    public async Task<BacktestOutcome> CompleteAsync(CombineInput input, CancellationToken cancellationToken)
    {
        var sleeves = new SymbolBacktestResult[input.SleeveBlobs.Count];
        for (int i = 0; i < sleeves.Length; i++)
        {
            sleeves[i] = await results.LoadSleeveAsync(input.SleeveBlobs[i], cancellationToken);
        }

        PortfolioBacktestResult portfolio = PortfolioCombiner.Combine(sleeves);
        string resultBlob = await results.SavePortfolioAsync(input.BacktestId, portfolio, cancellationToken);
        var statistics = BacktestStatistics.From(portfolio.Statistics, portfolio.FinalEquity);

        Backtest backtest = await RequireAsync(input.UserId, input.BacktestId, cancellationToken);
        await backtests.ReplaceAsync(
            backtest with { Status = BacktestStatus.Completed, Statistics = statistics, ResultBlob = resultBlob, CompletedAt = input.CompletedAt, Error = null },
            cancellationToken);

        var performance = new StrategyPerformance(input.BacktestId, statistics.TotalReturn, statistics.SharpeRatio, statistics.MaxDrawdown, input.CompletedAt);
        await strategies.UpdatePerformanceAsync(input.UserId, input.StrategyId, performance, cancellationToken);
        LogCompleted(input.BacktestId, statistics.TotalReturn, statistics.SharpeRatio);
        return new BacktestOutcome(input.BacktestId, statistics.TotalReturn, statistics.SharpeRatio, statistics.MaxDrawdown);
    }

    /// <summary>Marks the backtest failed with the reason, unless it already completed.</summary>
    public async Task FailAsync(BacktestFailure failure, CancellationToken cancellationToken)
    {
        Backtest backtest = await RequireAsync(failure.UserId, failure.BacktestId, cancellationToken);
        if (backtest.Status == BacktestStatus.Completed)
        {
            return;
        }

        await backtests.ReplaceAsync(
            backtest with { Status = BacktestStatus.Failed, Error = failure.Reason, CompletedAt = failure.FailedAt },
            cancellationToken);
        LogFailed(failure.BacktestId, failure.Reason);
    }

    /// <summary>Parses parameters that were valid when the strategy was stored.</summary>
    public static StrategyParameters ParseParameters(string strategyType, string parametersJson)
    {
        using JsonDocument document = JsonDocument.Parse(parametersJson);
        StrategyParametersParseResult parsed = StrategyParametersParser.Parse(strategyType, document.RootElement);
        return parsed.Parameters
            ?? throw new BacktestRunException(
                $"The strategy's stored parameters are no longer valid: {string.Join(" ", parsed.Errors.Select(error => error.Message))}");
    }

    private async Task<Backtest> RequireAsync(string userId, string backtestId, CancellationToken cancellationToken) =>
        await backtests.GetAsync(userId, backtestId, cancellationToken)
            ?? throw new InvalidOperationException($"Backtest {backtestId} of user {userId} is not stored.");

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Backtest {BacktestId}: sleeve {Symbol} ran over {BarCount} bars with {TradeCount} trades (adjusted prices: {Adjusted})")]
    private partial void LogSleeveDone(string backtestId, string symbol, int barCount, int tradeCount, bool adjusted);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Information, Message = "Backtest {BacktestId} completed: total return {TotalReturn}, Sharpe ratio {SharpeRatio}")]
    private partial void LogCompleted(string backtestId, double totalReturn, double sharpeRatio);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Warning, Message = "Backtest {BacktestId} failed: {Reason}")]
    private partial void LogFailed(string backtestId, string reason);
}
