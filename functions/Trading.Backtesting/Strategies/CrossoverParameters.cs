namespace Trading.Backtesting.Strategies;

/// <summary>Parameters shared by the two moving-average crossovers: periods in bars, fast strictly shorter than slow.</summary>
public abstract record CrossoverParameters : StrategyParameters
{
    public required int FastPeriod { get; init; }

    public required int SlowPeriod { get; init; }

    protected override void ValidateSpecific(List<ParameterError> errors)
    {
        ValidatePeriod(errors, ParameterNames.FastPeriod, FastPeriod);
        ValidatePeriod(errors, ParameterNames.SlowPeriod, SlowPeriod);
        if (FastPeriod >= SlowPeriod)
        {
            errors.Add(new ParameterError(
                ParameterNames.FastPeriod,
                $"fast_period must be less than slow_period; got fast_period {FastPeriod} and slow_period {SlowPeriod}."));
        }
    }

    protected override void AddSpecific(IDictionary<string, object> values)
    {
        values[ParameterNames.FastPeriod] = FastPeriod;
        values[ParameterNames.SlowPeriod] = SlowPeriod;
    }
}
