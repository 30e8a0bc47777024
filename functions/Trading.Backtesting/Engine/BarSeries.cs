namespace Trading.Backtesting.Engine;

/// <summary>
/// Daily bars of one symbol in columns: element <c>i</c> of every array belongs to the bar of day
/// <c>DayNumbers[i]</c> (see <see cref="Engine.DayNumbers"/>). Days strictly increase and every price is finite; prices may be zero or negative (oil futures were in
/// April 2020), and the engine handles that case. The arrays are taken over, not copied, and must not change
/// afterwards; results share <see cref="DayNumbers"/>.
/// </summary>
public sealed class BarSeries
{
    public BarSeries(string symbol, DateOnly[] dates, double[] open, double[] high, double[] low, double[] close)
        : this(symbol, Engine.DayNumbers.FromDates(dates), open, high, low, close)
    {
    }

    public BarSeries(string symbol, int[] dayNumbers, double[] open, double[] high, double[] low, double[] close)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(dayNumbers);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(high);
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(close);

        int count = dayNumbers.Length;
        if (open.Length != count || high.Length != count || low.Length != count || close.Length != count)
        {
            throw new ArgumentException(
                $"Bar columns of {symbol} differ in length: days {count}, open {open.Length}, high {high.Length}, low {low.Length}, close {close.Length}.");
        }

        for (int i = 0; i < count; i++)
        {
            if (i > 0 && dayNumbers[i] <= dayNumbers[i - 1])
            {
                throw new ArgumentException(
                    $"Bar dates of {symbol} must strictly increase; {Engine.DayNumbers.Format(dayNumbers[i])} at index {i} follows {Engine.DayNumbers.Format(dayNumbers[i - 1])}.",
                    nameof(dayNumbers));
            }

            if (!double.IsFinite(open[i]) || !double.IsFinite(high[i]) || !double.IsFinite(low[i]) || !double.IsFinite(close[i]))
            {
                throw new ArgumentException($"Bar of {symbol} on {Engine.DayNumbers.Format(dayNumbers[i])} (index {i}) has a price that is NaN or infinite.");
            }
        }

        Symbol = symbol;
        DayNumbers = dayNumbers;
        Open = open;
        High = high;
        Low = low;
        Close = close;
    }

    public string Symbol { get; }

    public int[] DayNumbers { get; }

    public double[] Open { get; }

    public double[] High { get; }

    public double[] Low { get; }

    public double[] Close { get; }

    public int Count => DayNumbers.Length;

    public DateOnly DateAt(int index) => Engine.DayNumbers.ToDate(DayNumbers[index]);

    /// <summary>
    /// Builds bars from a close-only series (such as adjusted closes): open, high and low equal the close,
    /// so an order signalled on one close fills at the next close.
    /// </summary>
    public static BarSeries FromCloses(string symbol, DateOnly[] dates, double[] close) =>
        new(symbol, dates, close, close, close, close);

    /// <inheritdoc cref="FromCloses(string, DateOnly[], double[])"/>
    public static BarSeries FromCloses(string symbol, int[] dayNumbers, double[] close) =>
        new(symbol, dayNumbers, close, close, close, close);
}
