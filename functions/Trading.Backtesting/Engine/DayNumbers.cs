namespace Trading.Backtesting.Engine;

/// <summary>
/// The engine's time axis: <see cref="DateOnly.DayNumber"/> values (days since 0001-01-01). The engine only
/// compares them, so a synthetic series may use any increasing integers, including more than the 3.65 million
/// days that <see cref="DateOnly"/> can represent.
/// </summary>
public static class DayNumbers
{
    public static int[] FromDates(DateOnly[] dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var dayNumbers = new int[dates.Length];
        for (int i = 0; i < dates.Length; i++)
        {
            dayNumbers[i] = dates[i].DayNumber;
        }

        return dayNumbers;
    }

    /// <summary>Converts to a date; throws for a day number outside <see cref="DateOnly"/>'s range.</summary>
    public static DateOnly ToDate(int dayNumber) => DateOnly.FromDayNumber(dayNumber);

    /// <summary>Formats as yyyy-MM-dd when the day number is a representable date, else as "day N", for messages.</summary>
    public static string Format(int dayNumber) =>
        dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : $"day {dayNumber}";
}
