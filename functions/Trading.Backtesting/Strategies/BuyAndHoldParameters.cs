namespace Trading.Backtesting.Strategies;

/// <summary><c>buy_and_hold</c>: buy at the first fill opportunity (the second bar's open) and hold to the end.</summary>
public sealed record BuyAndHoldParameters : StrategyParameters
{
    public override StrategyKind Kind => StrategyKind.BuyAndHold;

    protected override void ValidateSpecific(List<ParameterError> errors)
    {
    }

    protected override void AddSpecific(IDictionary<string, object> values)
    {
    }
}
