using System.Globalization;
using System.Text.RegularExpressions;

namespace Trading.MarketData.Replay;

/// <summary>Turns decimal text into JSON number text without a round trip through binary floating point.</summary>
public static partial class JsonNumberText
{
    /// <summary>
    /// Returns <paramref name="text"/> unchanged when it already is a JSON number that
    /// <see cref="decimal"/> can hold, and otherwise the invariant <see cref="decimal"/> form of it
    /// (<c>.5</c> becomes <c>0.5</c>, <c>+3</c> becomes <c>3</c>). Returns false for anything that is not a decimal number.
    /// </summary>
    public static bool TryNormalize(string text, out string json)
    {
        json = string.Empty;
        if (!decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out decimal value)
            || text.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        json = JsonNumberPattern().IsMatch(text) ? text : value.ToString(CultureInfo.InvariantCulture);
        return true;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumberPattern();
}
