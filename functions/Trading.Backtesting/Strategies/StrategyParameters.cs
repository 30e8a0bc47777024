using System.Text.RegularExpressions;

namespace Trading.Backtesting.Strategies;

/// <summary>
/// Validated-on-demand parameters of a strategy: the fields every type shares. <see cref="Validate"/> lists every
/// rejected field; the engine runs only parameters with no errors.
/// </summary>
public abstract partial record StrategyParameters
{
    /// <summary>Upper-case tickers, 1 to 20, distinct; capital is split equally over them.</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>Commission in basis points of traded notional, charged on entry and on exit; 0 to 1000.</summary>
    public double CommissionBps { get; init; }

    /// <summary>Slippage in basis points applied against each fill price; 0 to 1000.</summary>
    public double SlippageBps { get; init; }

    /// <summary>
    /// Whether the caller loads split- and dividend-adjusted prices where the data has them. The engine runs on
    /// whatever bars it receives; this flag tells the data loader which ones to pass.
    /// </summary>
    public bool UseAdjustedPrices { get; init; } = true;

    public abstract StrategyKind Kind { get; }

    /// <summary>Checks every field and returns one error per rejected field; empty when the parameters are valid.</summary>
    public IReadOnlyList<ParameterError> Validate()
    {
        var errors = new List<ParameterError>();
        ValidateSymbols(errors);
        ValidateCost(errors, ParameterNames.CommissionBps, CommissionBps);
        ValidateCost(errors, ParameterNames.SlippageBps, SlippageBps);
        ValidateSpecific(errors);
        return errors;
    }

    /// <summary>
    /// Returns the parameters as snake_case keys and JSON-friendly values (string[], int, double, bool), every
    /// optional field included with its effective value, so that an API can store and echo them and
    /// <see cref="StrategyParametersParser"/> reads them back to an equal object.
    /// </summary>
    public IReadOnlyDictionary<string, object> ToDictionary()
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [ParameterNames.Symbols] = Symbols.ToArray(),
        };
        AddSpecific(values);
        values[ParameterNames.CommissionBps] = CommissionBps;
        values[ParameterNames.SlippageBps] = SlippageBps;
        values[ParameterNames.UseAdjustedPrices] = UseAdjustedPrices;
        return values;
    }

    protected abstract void ValidateSpecific(List<ParameterError> errors);

    protected abstract void AddSpecific(IDictionary<string, object> values);

    protected static void ValidatePeriod(List<ParameterError> errors, string field, int value, int minimum = 1)
    {
        if (value < minimum || value > ParameterLimits.MaxPeriod)
        {
            errors.Add(new ParameterError(field, $"{field} must be an integer from {minimum} to {ParameterLimits.MaxPeriod}; got {value}."));
        }
    }

    private static void ValidateCost(List<ParameterError> errors, string field, double value)
    {
        if (!(value >= 0.0 && value <= ParameterLimits.MaxCostBps))
        {
            errors.Add(new ParameterError(field, $"{field} must be a number of basis points from 0 to {ParameterLimits.MaxCostBps}; got {value}."));
        }
    }

    private void ValidateSymbols(List<ParameterError> errors)
    {
        string field = ParameterNames.Symbols;
        if (Symbols is null || Symbols.Count == 0 || Symbols.Count > ParameterLimits.MaxSymbols)
        {
            errors.Add(new ParameterError(field, $"symbols must list 1 to {ParameterLimits.MaxSymbols} symbols; got {Symbols?.Count ?? 0}."));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Symbols.Count; i++)
        {
            string symbol = Symbols[i] ?? string.Empty;
            if (!SymbolPattern().IsMatch(symbol))
            {
                errors.Add(new ParameterError(field, $"symbols[{i}] '{symbol}' is invalid; a symbol is 1 to {ParameterLimits.MaxSymbolLength} characters of A-Z, 0-9, '.' or '-'."));
                return;
            }

            if (!seen.Add(symbol))
            {
                errors.Add(new ParameterError(field, $"symbols[{i}] '{symbol}' is listed more than once."));
                return;
            }
        }
    }

    [GeneratedRegex("^[A-Z0-9.\\-]{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolPattern();
}
