using System.Globalization;

namespace Trading.Infrastructure.Accounts;

/// <summary>
/// Converts decimals to and from the invariant-culture strings stored in documents. The string keeps the
/// decimal's scale, so <c>10.50</c> reads back as <c>10.50</c> and not as a rounded double.
/// </summary>
internal static class StoredDecimal
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static decimal Parse(string value, string field) =>
        decimal.TryParse(value, Style, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new FormatException($"Stored field '{field}' is not a decimal string: '{value}'.");

    public static decimal? ParseOptional(string? value, string field) => value is null ? null : Parse(value, field);
}
