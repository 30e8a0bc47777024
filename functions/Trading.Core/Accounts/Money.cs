namespace Trading.Accounts;

/// <summary>Rounding and scale helpers for cash amounts (two decimal places) and fill numbers.</summary>
public static class Money
{
    /// <summary>Rounds to cents, half away from zero, and always returns scale 2 (<c>5</c> becomes <c>5.00</c>).</summary>
    public static decimal ToCents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;

    /// <summary>
    /// Returns the number of significant decimal places, ignoring trailing zeros, so <c>1.50</c> has one
    /// and <c>2.000</c> has none.
    /// </summary>
    public static int DecimalPlaces(decimal value)
    {
        for (var places = 0; places < 28; places++)
        {
            if (Math.Round(value, places) == value)
            {
                return places;
            }
        }

        return 28;
    }
}
