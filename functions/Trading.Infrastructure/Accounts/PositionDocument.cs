namespace Trading.Infrastructure.Accounts;

/// <summary>An open position inside <see cref="AccountDocument"/>; numbers are decimal strings.</summary>
public sealed class PositionDocument
{
    public string Symbol { get; set; } = string.Empty;

    /// <summary>Held quantity, always greater than zero (a position at zero is removed).</summary>
    public string Quantity { get; set; } = "0";

    /// <summary>Quantity-weighted average buy price.</summary>
    public string AveragePrice { get; set; } = "0";

    /// <summary>Realized profit and loss of the sells since the position was opened, with two decimal places.</summary>
    public string RealizedPl { get; set; } = "0.00";

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
