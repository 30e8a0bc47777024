namespace Trading.Backtesting.Strategies;

/// <summary>
/// <c>rsi_mean_reversion</c>: buy when the RSI falls below <see cref="Oversold"/>, sell when it rises above
/// <see cref="Overbought"/>. Levels on the RSI's 0..100 scale, oversold strictly below overbought.
/// </summary>
public sealed record RsiMeanReversionParameters : StrategyParameters
{
    public required int Period { get; init; }

    public required double Oversold { get; init; }

    public required double Overbought { get; init; }

    public override StrategyKind Kind => StrategyKind.RsiMeanReversion;

    protected override void ValidateSpecific(List<ParameterError> errors)
    {
        ValidatePeriod(errors, ParameterNames.Period, Period, ParameterLimits.MinStatisticalPeriod);
        ValidateLevel(errors, ParameterNames.Oversold, Oversold);
        ValidateLevel(errors, ParameterNames.Overbought, Overbought);
        if (!(Oversold < Overbought))
        {
            errors.Add(new ParameterError(
                ParameterNames.Oversold,
                $"oversold must be less than overbought; got oversold {Oversold} and overbought {Overbought}."));
        }
    }

    protected override void AddSpecific(IDictionary<string, object> values)
    {
        values[ParameterNames.Period] = Period;
        values[ParameterNames.Oversold] = Oversold;
        values[ParameterNames.Overbought] = Overbought;
    }

    private static void ValidateLevel(List<ParameterError> errors, string field, double value)
    {
        if (!(value >= 0.0 && value <= 100.0))
        {
            errors.Add(new ParameterError(field, $"{field} must be an RSI level from 0 to 100; got {value}."));
        }
    }
}
