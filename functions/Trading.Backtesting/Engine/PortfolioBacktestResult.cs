using Trading.Backtesting.Statistics;

namespace Trading.Backtesting.Engine;

/// <summary>
/// Outcome of a whole backtest: the sum of the sleeves on the union of their dates, every sleeve's trades, and
/// statistics of the summed curve.
/// </summary>
/// <param name="Symbols">Symbols of the sleeves, in the order given to the combiner.</param>
public sealed record PortfolioBacktestResult(
    IReadOnlyList<string> Symbols,
    double InitialCapital,
    double FinalEquity,
    IReadOnlyList<Trade> Trades,
    EquityCurve EquityCurve,
    PerformanceStatistics Statistics);
