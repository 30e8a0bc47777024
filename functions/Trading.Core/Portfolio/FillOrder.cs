using System.Globalization;
using Trading.Accounts;
using Trading.Common;
using Trading.MarketData;

namespace Trading.Portfolio;

/// <summary>
/// A validated fill to record: a normalized symbol, a non-zero quantity (positive buys, negative sells)
/// and a positive price. Holding one proves the input rules were checked.
/// </summary>
public sealed record FillOrder
{
    public const int MaxDecimalPlaces = 8;

    /// <summary>Largest absolute quantity and price per fill, so that the cash value of one fill (at most 1e18) stays far inside the range of <see cref="decimal"/>.</summary>
    public const decimal MaxMagnitude = 1_000_000_000m;

    private FillOrder(string symbol, decimal quantity, decimal price)
    {
        Symbol = symbol;
        Quantity = quantity;
        Price = price;
    }

    /// <summary>Symbol normalized by <see cref="Symbols.TryNormalize"/>: 1 to 12 characters from <c>A-Z 0-9 . -</c>, starting with a letter or digit.</summary>
    public string Symbol { get; }

    public decimal Quantity { get; }

    public decimal Price { get; }

    public bool IsBuy => Quantity > 0;

    /// <summary>Validates request values, reporting every broken rule at once, keyed by the JSON field name.</summary>
    public static FillOrder Create(string? symbol, decimal? quantity, decimal? price)
    {
        var errors = new ValidationErrors();
        var normalized = NormalizeSymbol(symbol, errors);
        CheckQuantity(quantity, errors);
        CheckPrice(price, errors);
        errors.ThrowIfAny();

        return new FillOrder(normalized!, quantity!.Value, price!.Value);
    }

    /// <summary>
    /// Normalizes a symbol by the market-data rule (<see cref="Symbols.TryNormalize"/>), so <c>brk_a</c> is
    /// held as <c>BRK.A</c> and valued with that symbol's quotes and bars. Adds an error for
    /// <paramref name="field"/> and returns null when the symbol is missing or invalid.
    /// </summary>
    public static string? NormalizeSymbol(string? symbol, ValidationErrors errors, string field = "symbol")
    {
        if (string.IsNullOrEmpty(symbol))
        {
            errors.Add(field, "The symbol is missing; send 1 to 12 characters from A-Z, 0-9, '.', '-' and '_'.");
            return null;
        }

        if (!Symbols.TryNormalize(symbol, out string normalized, out string? reason))
        {
            errors.Add(field, $"The symbol '{Shorten(symbol)}' is invalid because it {reason}.");
            return null;
        }

        return normalized;
    }

    private static void CheckQuantity(decimal? quantity, ValidationErrors errors)
    {
        if (quantity is not { } value)
        {
            errors.Add("quantity", "The quantity is missing; send a positive number to buy or a negative number to sell.");
        }
        else if (value == 0)
        {
            errors.Add("quantity", "The quantity must not be 0; send a positive number to buy or a negative number to sell.");
        }
        else
        {
            CheckPrecisionAndSize("quantity", value, errors);
        }
    }

    private static void CheckPrice(decimal? price, ValidationErrors errors)
    {
        if (price is not { } value)
        {
            errors.Add("price", "The price is missing; send a number greater than 0.");
        }
        else if (value <= 0)
        {
            errors.Add("price", $"The price must be greater than 0, but it was {Format(value)}.");
        }
        else
        {
            CheckPrecisionAndSize("price", value, errors);
        }
    }

    private static void CheckPrecisionAndSize(string field, decimal value, ValidationErrors errors)
    {
        if (Money.DecimalPlaces(value) > MaxDecimalPlaces)
        {
            errors.Add(field, $"The {field} may have at most 8 decimal places, but it was {Format(value)}.");
        }
        else if (Math.Abs(value) > MaxMagnitude)
        {
            errors.Add(field, $"The {field} may be at most 1000000000 in absolute value, but it was {Format(value)}.");
        }
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "...";
}
