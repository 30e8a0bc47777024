namespace Trading.Backtesting.Engine;

/// <summary>
/// Equity marked at each bar's close: <c>Equity[i]</c> is the value on day <c>DayNumbers[i]</c> (a
/// <see cref="DateOnly.DayNumber"/>), in the currency of the bars.
/// </summary>
public sealed record EquityCurve(int[] DayNumbers, double[] Equity)
{
    public int Count => DayNumbers.Length;

    public DateOnly DateAt(int index) => Engine.DayNumbers.ToDate(DayNumbers[index]);
}
