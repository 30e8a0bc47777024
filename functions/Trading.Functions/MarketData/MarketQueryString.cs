using System.Globalization;
using Microsoft.AspNetCore.Http;
using Trading.Common;
using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>
/// Reads the route symbol and query parameters of the market endpoints. Every failure is added to
/// <see cref="ValidationErrors"/> under the parameter's name, so one 400 lists all bad parameters.
/// </summary>
internal static class MarketQueryString
{
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    /// <summary>Normalizes a route symbol by <see cref="Symbols"/>, or returns null and adds an error under <c>symbol</c>.</summary>
    public static string? Symbol(string? value, ValidationErrors errors)
    {
        if (Symbols.TryNormalize(value ?? string.Empty, out string symbol, out string? reason))
        {
            return symbol;
        }

        errors.Add("symbol", $"Symbol '{value}' is invalid: it {reason}.");
        return null;
    }

    /// <summary>Adds an error for each query parameter outside <paramref name="known"/> and for each one given more than once.</summary>
    public static void RejectUnknownAndRepeated(IQueryCollection query, IReadOnlyCollection<string> known, ValidationErrors errors)
    {
        foreach ((string name, Microsoft.Extensions.Primitives.StringValues values) in query)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(name, $"Unknown query parameter '{name}'; the parameters are {string.Join(", ", known)}.");
            }
            else if (values.Count > 1)
            {
                errors.Add(name, $"The query parameter '{name}' must be given at most once.");
            }
        }
    }

    /// <summary>Returns a parameter's single value, or null when it is absent.</summary>
    public static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    /// <summary>
    /// Parses a bound: a date <c>YYYY-MM-DD</c> (the UTC day, and as an upper bound it includes that
    /// whole day) or a UTC timestamp <c>YYYY-MM-DDTHH:MM:SS[.fffffff]Z</c> (taken exactly).
    /// </summary>
    public static DateTimeOffset? Bound(string? text, string name, bool upper, ValidationErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            var dayStart = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (!upper)
            {
                return dayStart;
            }

            return date == DateOnly.MaxValue ? DateTimeOffset.MaxValue : dayStart.AddDays(1);
        }

        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, styles, out DateTimeOffset instant))
        {
            return instant;
        }

        errors.Add(name, $"'{text}' is not a date (YYYY-MM-DD) or a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ).");
        return null;
    }

    /// <summary>Parses a whole number from <paramref name="min"/> to <paramref name="max"/>, digits only.</summary>
    public static int? Integer(string? text, string name, int min, int max, ValidationErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(name, $"'{text}' is not a whole number from {min} to {max}.");
        return null;
    }
}
