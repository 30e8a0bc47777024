namespace Trading.Backtesting.Strategies;

/// <summary><c>momentum</c>: long while the return over the last <see cref="Lookback"/> bars is positive.</summary>
public sealed record MomentumParameters : StrategyParameters
{
    public required int Lookback { get; init; }

    public override StrategyKind Kind => StrategyKind.Momentum;

    protected override void ValidateSpecific(List<ParameterError> errors) =>
        ValidatePeriod(errors, ParameterNames.Lookback, Lookback);

    protected override void AddSpecific(IDictionary<string, object> values) =>
        values[ParameterNames.Lookback] = Lookback;
}
