namespace Trading.Backtesting.Strategies;

/// <summary>
/// <c>bollinger_bands</c>: buy when the close falls below the lower band, sell when it rises above the middle band.
/// <see cref="NumStd"/> is the band width in population standard deviations, above 0 and at most 10.
/// </summary>
public sealed record BollingerBandsParameters : StrategyParameters
{
    public required int Period { get; init; }

    public required double NumStd { get; init; }

    public override StrategyKind Kind => StrategyKind.BollingerBands;

    protected override void ValidateSpecific(List<ParameterError> errors)
    {
        ValidatePeriod(errors, ParameterNames.Period, Period, ParameterLimits.MinStatisticalPeriod);
        if (!(NumStd > 0.0 && NumStd <= ParameterLimits.MaxNumStd))
        {
            errors.Add(new ParameterError(
                ParameterNames.NumStd,
                $"num_std must be greater than 0 and at most {ParameterLimits.MaxNumStd}; got {NumStd}."));
        }
    }

    protected override void AddSpecific(IDictionary<string, object> values)
    {
        values[ParameterNames.Period] = Period;
        values[ParameterNames.NumStd] = NumStd;
    }
}
