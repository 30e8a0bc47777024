using System.Globalization;

namespace Trading.MarketData.Import;

/// <summary>Dates in price files: ISO <c>YYYY-MM-DD</c> or US <c>M/D/YYYY</c>, read as the UTC day.</summary>
internal static class CsvDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "M/d/yyyy"];

    public static bool TryParse(string text, out DateTimeOffset dayStart)
    {
        if (DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            dayStart = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        dayStart = default;
        return false;
    }
}
