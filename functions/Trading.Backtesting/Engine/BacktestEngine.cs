using Trading.Backtesting.Signals;
using Trading.Backtesting.Strategies;

namespace Trading.Backtesting.Engine;

/// <summary>
/// Entry points of the backtest engine. Model: daily bars, long only, one sleeve per symbol holding
/// <c>initialCapital / symbolCount</c>; the rule decides on bar t's close and the order fills at bar t+1's
/// open; an entry invests all the sleeve's cash in fractional shares and an exit sells them all; equity is
/// marked at each close; a position still open after the last bar is sold at the last close.
/// </summary>
public static class BacktestEngine
{
    /// <summary>
    /// Runs one symbol's sleeve: the unit of work of a fan-out activity. Pure and thread-safe.
    /// </summary>
    /// <param name="parameters">Valid parameters; <paramref name="bars"/> must be for one of their symbols.</param>
    /// <param name="bars">The symbol's bars in date order, already restricted to the backtest's date range.</param>
    /// <param name="sleeveCapital">Cash for this sleeve; see <see cref="SleeveCapital"/>.</param>
    /// <param name="annualRiskFreeRate">Annual fraction for Sharpe and Sortino; 0 unless the caller has a rate.</param>
    /// <exception cref="ArgumentException">The parameters are invalid, or the capital or rate is out of range.</exception>
    public static SymbolBacktestResult RunSymbol(
        StrategyParameters parameters,
        BarSeries bars,
        double sleeveCapital,
        double annualRiskFreeRate = 0.0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(bars);
        IReadOnlyList<ParameterError> errors = parameters.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid strategy parameters: {string.Join(" ", errors.Select(error => error.Message))}", nameof(parameters));
        }

        var settings = new SleeveSettings(
            sleeveCapital,
            parameters.CommissionBps / 10_000.0,
            parameters.SlippageBps / 10_000.0,
            annualRiskFreeRate);
        settings.Validate();

        return parameters switch
        {
            SmaCrossoverParameters p => Run(new SmaCrossoverRule(p.FastPeriod, p.SlowPeriod), bars, settings),
            EmaCrossoverParameters p => Run(new EmaCrossoverRule(p.FastPeriod, p.SlowPeriod), bars, settings),
            RsiMeanReversionParameters p => Run(new RsiMeanReversionRule(p.Period, p.Oversold, p.Overbought), bars, settings),
            BollingerBandsParameters p => Run(new BollingerBandsRule(p.Period, p.NumStd), bars, settings),
            MomentumParameters p => Run(new MomentumRule(p.Lookback), bars, settings),
            BuyAndHoldParameters => Run(new BuyAndHoldRule(), bars, settings),
            _ => throw new ArgumentException($"Strategy parameters of type {parameters.GetType().Name} have no rule.", nameof(parameters)),
        };
    }

    /// <summary>
    /// Runs every symbol in this process and combines them: the synchronous counterpart of the fan-out/fan-in.
    /// A symbol missing from <paramref name="barsBySymbol"/> is an error; one with no bars stays in cash.
    /// </summary>
    public static PortfolioBacktestResult Run(
        StrategyParameters parameters,
        IReadOnlyDictionary<string, BarSeries> barsBySymbol,
        double initialCapital,
        double annualRiskFreeRate = 0.0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(barsBySymbol);
        double sleeveCapital = SleeveCapital(initialCapital, parameters.Symbols.Count);
        var sleeves = new List<SymbolBacktestResult>(parameters.Symbols.Count);
        foreach (string symbol in parameters.Symbols)
        {
            if (!barsBySymbol.TryGetValue(symbol, out BarSeries? bars))
            {
                throw new ArgumentException($"No bars were given for symbol {symbol}.", nameof(barsBySymbol));
            }

            sleeves.Add(RunSymbol(parameters, bars, sleeveCapital, annualRiskFreeRate));
        }

        return PortfolioCombiner.Combine(sleeves, annualRiskFreeRate);
    }

    /// <summary>Cash per sleeve when <paramref name="initialCapital"/> is split equally over <paramref name="symbolCount"/> symbols.</summary>
    public static double SleeveCapital(double initialCapital, int symbolCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(symbolCount, 1);
        return initialCapital / symbolCount;
    }

    private static SymbolBacktestResult Run<TRule>(TRule rule, BarSeries bars, SleeveSettings settings)
        where TRule : struct, ISignalRule =>
        SymbolSimulator.Run(ref rule, bars, settings);
}
