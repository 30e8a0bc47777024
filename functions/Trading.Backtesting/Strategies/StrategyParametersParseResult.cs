namespace Trading.Backtesting.Strategies;

/// <summary>Either parsed, valid parameters or the list of rejected fields, never both.</summary>
public sealed record StrategyParametersParseResult
{
    private StrategyParametersParseResult(StrategyParameters? parameters, IReadOnlyList<ParameterError> errors)
    {
        Parameters = parameters;
        Errors = errors;
    }

    public StrategyParameters? Parameters { get; }

    public IReadOnlyList<ParameterError> Errors { get; }

    public bool IsValid => Parameters is not null;

    public static StrategyParametersParseResult Success(StrategyParameters parameters) => new(parameters, []);

    public static StrategyParametersParseResult Failure(IReadOnlyList<ParameterError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, errors);
}
