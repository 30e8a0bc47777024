using System.Globalization;
using Trading.Common;

namespace Trading.Accounts;

/// <summary>
/// A validated deposit or withdrawal amount: greater than 0, at most two decimal places and at most
/// <see cref="Maximum"/> per call. Holding one proves the rules were checked.
/// </summary>
public readonly record struct CashAmount
{
    public const decimal Maximum = 1_000_000_000m;

    private CashAmount(decimal value) => Value = value;

    /// <summary>The amount with scale 2.</summary>
    public decimal Value { get; }

    /// <summary>Validates a request value and raises a validation error naming <paramref name="field"/> when it breaks a rule.</summary>
    public static CashAmount Parse(decimal? value, string field = "amount")
    {
        if (value is not { } amount)
        {
            throw ValidationErrors.For(field, "The amount is missing; send a positive number with at most 2 decimal places.");
        }

        var shown = amount.ToString(CultureInfo.InvariantCulture);
        if (amount <= 0)
        {
            throw ValidationErrors.For(field, $"The amount must be greater than 0, but it was {shown}.");
        }

        if (Money.DecimalPlaces(amount) > 2)
        {
            throw ValidationErrors.For(field, $"The amount may have at most 2 decimal places, but it was {shown}.");
        }

        if (amount > Maximum)
        {
            throw ValidationErrors.For(field, $"The amount may be at most 1000000000 per request, but it was {shown}.");
        }

        return new CashAmount(Money.ToCents(amount));
    }
}
