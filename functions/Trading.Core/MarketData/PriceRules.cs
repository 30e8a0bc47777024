using System.Globalization;

namespace Trading.MarketData;

/// <summary>
/// Number rules shared by messages and CSV imports. Prices must be greater than zero everywhere, so a
/// negative futures settlement (WTI on 2020-04-20) is rejected rather than stored. Sizes and volumes
/// follow the rules named on each method.
/// </summary>
public static class PriceRules
{
    /// <summary>Checks that a required value is present and greater than zero.</summary>
    internal static bool IsPositive(decimal? value, string field, out ParsedMarketMessage rejection)
    {
        string? reason = value is null ? "missing" : PositiveReason(value.Value);
        rejection = reason is null ? default : ParsedMarketMessage.Reject(field, reason);
        return reason is null;
    }

    /// <summary>Checks that a required value is present and zero or more.</summary>
    internal static bool IsNonNegative(decimal? value, string field, out ParsedMarketMessage rejection)
    {
        string? reason = value is null ? "missing" : NonNegativeReason(value.Value);
        rejection = reason is null ? default : ParsedMarketMessage.Reject(field, reason);
        return reason is null;
    }

    /// <summary>Returns why <paramref name="value"/> is not a valid price, or null when it is greater than zero.</summary>
    public static string? PositiveReason(decimal value) =>
        value > 0 ? null : $"must be greater than 0 (got {value.ToString(CultureInfo.InvariantCulture)})";

    public static string? NonNegativeReason(decimal value) =>
        value >= 0 ? null : $"must not be negative (got {value.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>
    /// Checks <c>high &gt;= max(open, close)</c> and <c>low &lt;= min(open, close)</c>, which together imply
    /// <c>high &gt;= low</c>. Returns the field at fault and the reason, or null when the bar is consistent.
    /// </summary>
    public static (string Field, string Reason)? CheckRange(decimal open, decimal high, decimal low, decimal close)
    {
        if (high < low)
        {
            return ("high", $"must not be below low (high {Format(high)}, low {Format(low)})");
        }

        if (high < open || high < close)
        {
            return ("high", $"must be at least max(open, close) (high {Format(high)}, open {Format(open)}, close {Format(close)})");
        }

        if (low > open || low > close)
        {
            return ("low", $"must be at most min(open, close) (low {Format(low)}, open {Format(open)}, close {Format(close)})");
        }

        return null;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
