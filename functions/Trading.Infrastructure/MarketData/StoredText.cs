using System.Globalization;

namespace Trading.Infrastructure.MarketData;

/// <summary>
/// Text forms of numbers and instants in market documents. Decimals are invariant-culture strings that
/// keep their scale, because Cosmos DB keeps JSON numbers as IEEE doubles. Instants are fixed-width UTC
/// strings with seven fractional digits (<c>2014-06-09T00:00:00.0000000Z</c>), so ordinal string order is
/// time order and range queries can compare them as strings.
/// </summary>
internal static class StoredText
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string FromDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? FromDecimal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <exception cref="FormatException">The stored text is not an invariant-culture decimal.</exception>
    public static decimal ToDecimal(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public static decimal? ToDecimal(string? text, bool optional) => optional && text is null ? null : ToDecimal(text!);

    public static string FromInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <exception cref="FormatException">The stored text is not in the fixed-width UTC form.</exception>
    public static DateTimeOffset ToInstant(string text) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc));
}
