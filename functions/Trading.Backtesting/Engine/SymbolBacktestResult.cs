using Trading.Backtesting.Statistics;

namespace Trading.Backtesting.Engine;

/// <summary>
/// Outcome of one symbol's sleeve: what a fan-out activity returns and <see cref="PortfolioCombiner"/> takes.
/// Plain data that System.Text.Json serialises both ways.
/// </summary>
/// <param name="InitialCapital">Cash the sleeve started with.</param>
/// <param name="FinalEquity">Equity at the last close, or <paramref name="InitialCapital"/> when there were no bars.</param>
/// <param name="BarsInMarket">Bars whose close found a position open.</param>
public sealed record SymbolBacktestResult(
    string Symbol,
    double InitialCapital,
    double FinalEquity,
    int BarsInMarket,
    IReadOnlyList<Trade> Trades,
    EquityCurve EquityCurve,
    PerformanceStatistics Statistics);
