using System.Globalization;

namespace Trading.MarketData.Import;

/// <summary>
/// Dates in price files: ISO <c>YYYY-MM-DD</c> or US <c>M/D/YYYY</c>, read as the UTC day. A date must lie
/// from <see cref="EarliestDate"/> to the latest date passed in, which the importer sets to tomorrow (UTC).
/// </summary>
internal static class CsvDates
{
    /// <summary>Earliest date a row may carry, which is also the earliest start date a backtest accepts.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

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

    /// <summary>
    /// Returns the latest date a row may carry when the clock reads <paramref name="now"/>: the next UTC
    /// day, because a file's dates are exchange-local and local dates run up to 14 hours ahead of UTC.
    /// </summary>
    public static DateOnly LatestDate(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);

    /// <summary>Returns why <paramref name="date"/> is outside the allowed range, or null when it is inside.</summary>
    public static string? OutOfRangeReason(DateOnly date, DateOnly latestDate)
    {
        if (date < EarliestDate)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is before the earliest allowed date {EarliestDate:yyyy-MM-dd}");
        }

        if (date > latestDate)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is after the latest allowed date {latestDate:yyyy-MM-dd} (tomorrow, UTC)");
        }

        return null;
    }
}
