using Trading.Accounts;

namespace Trading.Portfolio;

/// <summary>
/// An open position: a quantity greater than zero, its quantity-weighted average buy price and the
/// realized profit and loss of its sells. Instances are immutable; a fill returns a new one.
/// </summary>
public sealed record Position(
    string Symbol,
    decimal Quantity,
    decimal AveragePrice,
    decimal RealizedPl,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Decimal places the average price is rounded to (half away from zero) after each buy.</summary>
    public const int AveragePriceDecimals = 8;

    public static Position Open(string symbol, decimal quantity, decimal price, DateTimeOffset at) =>
        new(symbol, quantity, price, 0.00m, at, at);

    /// <summary>
    /// Adds a buy and moves the average price to
    /// <c>(quantity × average + bought × price) / (quantity + bought)</c>, rounded to 8 decimal places.
    /// </summary>
    public Position Buy(decimal bought, decimal price, DateTimeOffset at)
    {
        var quantity = Quantity + bought;
        var average = Math.Round(((Quantity * AveragePrice) + (bought * price)) / quantity, AveragePriceDecimals, MidpointRounding.AwayFromZero);
        return this with { Quantity = quantity, AveragePrice = average, UpdatedAt = at };
    }

    /// <summary>
    /// Removes a sold quantity, keeps the average price and adds the realized profit and loss
    /// <c>round(sold × (price − average), 2)</c>. The caller has checked that <paramref name="sold"/> is
    /// at most <see cref="Quantity"/>; a remaining quantity of zero means the position is closed.
    /// </summary>
    public (Position Remaining, decimal RealizedPl) Sell(decimal sold, decimal price, DateTimeOffset at)
    {
        var realized = Money.ToCents(sold * (price - AveragePrice));
        var remaining = this with { Quantity = Quantity - sold, RealizedPl = RealizedPl + realized, UpdatedAt = at };
        return (remaining, realized);
    }
}
