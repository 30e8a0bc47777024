using System.Globalization;
using Trading.Accounts;

namespace Trading.UnitTests.Accounts;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")]
    [InlineData("100.0049999", "100.00")]
    [InlineData("7", "7.00")]
    public void ToCents_Midpoints_RoundHalfAwayFromZero(string input, string expected)
    {
        var rounded = Money.ToCents(decimal.Parse(input, CultureInfo.InvariantCulture));

        Assert.Equal(expected, rounded.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1", 0)]
    [InlineData("1.50", 1)]
    [InlineData("2.000", 0)]
    [InlineData("0.00000001", 8)]
    [InlineData("-3.125", 3)]
    public void DecimalPlaces_IgnoresTrailingZeros(string input, int expected)
    {
        Assert.Equal(expected, Money.DecimalPlaces(decimal.Parse(input, CultureInfo.InvariantCulture)));
    }
}
