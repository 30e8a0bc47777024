namespace Trading.MarketData;

/// <summary>Wire names, lengths and start alignment of <see cref="BarInterval"/> values.</summary>
public static class BarIntervals
{
    public const string OneMinuteName = "1m";
    public const string OneDayName = "1d";

    /// <summary>Parses a wire name (<c>1m</c> or <c>1d</c>, exact case); returns false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out BarInterval interval)
    {
        if (name.SequenceEqual(OneMinuteName))
        {
            interval = BarInterval.OneMinute;
            return true;
        }

        if (name.SequenceEqual(OneDayName))
        {
            interval = BarInterval.OneDay;
            return true;
        }

        interval = default;
        return false;
    }

    public static string ToWireName(this BarInterval interval) => interval switch
    {
        BarInterval.OneMinute => OneMinuteName,
        BarInterval.OneDay => OneDayName,
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown bar interval."),
    };

    public static TimeSpan Length(this BarInterval interval) => interval switch
    {
        BarInterval.OneMinute => TimeSpan.FromMinutes(1),
        BarInterval.OneDay => TimeSpan.FromDays(1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown bar interval."),
    };

    /// <summary>Returns the start of the UTC interval that contains <paramref name="instant"/>.</summary>
    public static DateTimeOffset Floor(this BarInterval interval, DateTimeOffset instant)
    {
        long ticks = instant.UtcTicks;
        long length = interval.Length().Ticks;
        return new DateTimeOffset(ticks - (ticks % length), TimeSpan.Zero);
    }

    /// <summary>Tells whether <paramref name="start"/> is exactly on an interval boundary in UTC (midnight for days).</summary>
    public static bool IsAligned(this BarInterval interval, DateTimeOffset start) =>
        start.UtcTicks % interval.Length().Ticks == 0;
}
