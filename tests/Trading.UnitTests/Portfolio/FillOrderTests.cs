using Trading.Common;
using Trading.Portfolio;

namespace Trading.UnitTests.Portfolio;

public sealed class FillOrderTests
{
    public static TheoryData<string?, decimal?, decimal?, string> InvalidFills => new()
    {
        { null, 1m, 10m, "symbol" },
        { string.Empty, 1m, 10m, "symbol" },
        { "ABCDEFGHIJKLM", 1m, 10m, "symbol" },
        { "AB$", 1m, 10m, "symbol" },
        { "AB C", 1m, 10m, "symbol" },
        { ".A", 1m, 10m, "symbol" },
        { "_A", 1m, 10m, "symbol" },
        { "\u00c9T", 1m, 10m, "symbol" },
        { "AAPL", null, 10m, "quantity" },
        { "AAPL", 0m, 10m, "quantity" },
        { "AAPL", 0.000000001m, 10m, "quantity" },
        { "AAPL", 1_000_000_001m, 10m, "quantity" },
        { "AAPL", -1_000_000_001m, 10m, "quantity" },
        { "AAPL", 1m, null, "price" },
        { "AAPL", 1m, 0m, "price" },
        { "AAPL", 1m, -5m, "price" },
        { "AAPL", 1m, 1.123456789m, "price" },
        { "AAPL", 1m, 1_000_000_001m, "price" },
    };

    [Theory]
    [MemberData(nameof(InvalidFills))]
    public void Create_InvalidField_RaisesValidationErrorNamingIt(string? symbol, decimal? quantity, decimal? price, string field)
    {
        var exception = Assert.Throws<DomainException>(() => FillOrder.Create(symbol, quantity, price));

        Assert.Equal(DomainErrorKind.Validation, exception.Kind);
        Assert.Equal([field], exception.Errors.Keys);
    }

    [Fact]
    public void Create_SeveralInvalidFields_ReportsEach()
    {
        var exception = Assert.Throws<DomainException>(() => FillOrder.Create("", 0m, -1m));

        Assert.True(exception.Errors.ContainsKey("symbol"));
        Assert.True(exception.Errors.ContainsKey("quantity"));
        Assert.True(exception.Errors.ContainsKey("price"));
    }

    [Theory]
    [InlineData("aapl", "AAPL")]
    [InlineData("brk.a", "BRK.A")]
    [InlineData("BF-B", "BF-B")]
    [InlineData("ABCDEFGHIJKL", "ABCDEFGHIJKL")]
    [InlineData("7203.T", "7203.T")]
    [InlineData("brk_a", "BRK.A")]
    [InlineData("BRK_A", "BRK.A")]
    public void Create_ValidSymbol_NormalizesAsMarketData(string symbol, string expected)
    {
        var order = FillOrder.Create(symbol, -0.00000001m, 0.00000001m);

        Assert.Equal(expected, order.Symbol);
        Assert.False(order.IsBuy);
    }
}
