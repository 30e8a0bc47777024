namespace Trading.Backtesting.Engine;

/// <summary>Equity marked at each bar's close: <c>Equity[i]</c> is the value on <c>Dates[i]</c>, in the currency of the bars.</summary>
public sealed record EquityCurve(DateOnly[] Dates, double[] Equity)
{
    public int Count => Dates.Length;
}
