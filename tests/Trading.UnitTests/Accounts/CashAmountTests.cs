using Trading.Accounts;
using Trading.Common;

namespace Trading.UnitTests.Accounts;

public sealed class CashAmountTests
{
    public static TheoryData<decimal?> InvalidAmounts => new()
    {
        null,
        0m,
        -0.01m,
        -100m,
        10.001m,
        0.005m,
        1_000_000_000.01m,
        2_000_000_000m,
    };

    [Theory]
    [MemberData(nameof(InvalidAmounts))]
    public void Parse_InvalidAmount_RaisesValidationErrorNamingAmount(decimal? amount)
    {
        var exception = Assert.Throws<DomainException>(() => CashAmount.Parse(amount));

        Assert.Equal(DomainErrorKind.Validation, exception.Kind);
        Assert.True(exception.Errors.ContainsKey("amount"), string.Join(",", exception.Errors.Keys));
    }

    [Theory]
    [InlineData("0.01", "0.01")]
    [InlineData("10", "10.00")]
    [InlineData("10.5", "10.50")]
    [InlineData("2.000", "2.00")]
    [InlineData("1000000000", "1000000000.00")]
    public void Parse_ValidAmount_KeepsValueWithTwoDecimals(string input, string expected)
    {
        var amount = CashAmount.Parse(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
