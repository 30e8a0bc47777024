using Trading.Backtesting.Engine;
using Trading.Backtesting.Strategies;
using Trading.MarketData;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// Runs the engine in the test process on bars read back from the store, the expected result that the
/// orchestrated fan-out and fan-in must reproduce.
/// </summary>
public static class ReferenceBacktest
{
    public static async Task<PortfolioBacktestResult> RunAsync(
        IMarketDataReader reader,
        StrategyParameters parameters,
        DateOnly start,
        DateOnly end,
        decimal initialCapital)
    {
        var from = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var series = new Dictionary<string, BarSeries>(StringComparer.Ordinal);
        foreach (string symbol in parameters.Symbols)
        {
            IReadOnlyList<Bar> bars = await reader.GetBarsAsync(symbol, BarInterval.OneDay, from, to, 100_000, CancellationToken.None);
            bool adjusted = parameters.UseAdjustedPrices && bars.All(bar => bar.Adjusted is not null);
            series[symbol] = new BarSeries(
                symbol,
                [.. bars.Select(bar => DateOnly.FromDateTime(bar.Start.UtcDateTime))],
                [.. bars.Select(bar => (double)(adjusted ? bar.Adjusted!.Open : bar.Open))],
                [.. bars.Select(bar => (double)(adjusted ? bar.Adjusted!.High : bar.High))],
                [.. bars.Select(bar => (double)(adjusted ? bar.Adjusted!.Low : bar.Low))],
                [.. bars.Select(bar => (double)(adjusted ? bar.Adjusted!.Close : bar.Close))]);
        }

        return BacktestEngine.Run(parameters, series, (double)initialCapital);
    }
}
