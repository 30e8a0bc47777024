using System.Globalization;
using Trading.Common;

namespace Trading.Accounts;

/// <summary>The business-rule errors of an account; each names the request field that caused it.</summary>
public static class AccountErrors
{
    public static DomainException InsufficientFunds(string field, decimal required, decimal balance) =>
        new(
            DomainErrorKind.BusinessRule,
            "insufficient-funds",
            "Insufficient funds",
            $"The request needs {Format(required)} but the cash balance is {Format(balance)}.")
        {
            Errors = new Dictionary<string, string[]> { [field] = [$"Exceeds the available cash balance of {Format(balance)}."] },
        };

    public static DomainException InsufficientPosition(string symbol, decimal requested, decimal held) =>
        new(
            DomainErrorKind.BusinessRule,
            "insufficient-position",
            "Insufficient position",
            $"Cannot sell {Format(requested)} {symbol} because the account holds {Format(held)}; short selling is not supported.")
        {
            Errors = new Dictionary<string, string[]> { ["quantity"] = [$"Exceeds the held quantity of {Format(held)}."] },
        };

    public static DomainException BuyBelowOneCent(decimal quantity, decimal price) =>
        ValidationErrors.For(
            "quantity",
            $"A buy of {Format(quantity)} at {Format(price)} costs less than 0.005 and rounds to 0.00; buy a larger quantity.");

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
