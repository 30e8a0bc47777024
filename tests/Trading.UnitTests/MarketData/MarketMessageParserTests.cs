using Trading.MarketData;

namespace Trading.UnitTests.MarketData;

public sealed class MarketMessageParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 15, 30, 0, TimeSpan.Zero);
    private readonly MarketMessageParser parser = new(new ManualClock(Now));

    [Fact]
    public void Parse_ValidTrade_ReturnsTrade()
    {
        ParsedMarketMessage parsed = parser.Parse("""{"type":"trade","symbol":"aapl","price":189.25,"size":100,"timestamp":"2026-12-04T15:29:59.123Z"}""");

        Assert.Equal(MarketMessageKind.Trade, parsed.Kind);
        Trade trade = parsed.Trade!;
        Assert.Equal("AAPL", trade.Symbol);
        Assert.Equal(189.25m, trade.Price);
        Assert.Equal(100m, trade.Size);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 15, 29, 59, 123, TimeSpan.Zero), trade.Timestamp);
        Assert.Equal(32, trade.TradeId.Length);
    }

    [Fact]
    public void Parse_ValidBar_ReturnsBar()
    {
        ParsedMarketMessage parsed = parser.Parse("""{"type":"bar","symbol":"MSFT","interval":"1d","open":10,"high":12.5,"low":9.75,"close":11,"volume":0,"start":"2026-12-03T00:00:00Z"}""");

        Assert.Equal(MarketMessageKind.Bar, parsed.Kind);
        Bar bar = parsed.Bar!;
        Assert.Equal("MSFT", bar.Symbol);
        Assert.Equal(BarInterval.OneDay, bar.Interval);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero), bar.Start);
        Assert.Equal((10m, 12.5m, 9.75m, 11m, 0m), (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume!.Value));
        Assert.Equal(BarOrigin.BarMessage, bar.Origin);
        Assert.Equal("MSFT|1d|2026-12-03T00:00:00Z", bar.Id);
    }

    [Fact]
    public void Parse_LongDecimalPrice_RoundsOnceAsDecimal()
    {
        ParsedMarketMessage parsed = parser.Parse("""{"type":"bar","symbol":"MSFT","interval":"1d","open":0.1,"high":0.2,"low":0.1,"close":0.1234567890123456789012345678901,"volume":0,"start":"2026-12-03T00:00:00Z"}""");

        Assert.Equal(MarketMessageKind.Bar, parsed.Kind);
        Assert.Equal(0.1234567890123456789012345679m, parsed.Bar!.Close);
    }

    [Theory]
    [InlineData("""{"symbol":"AAPL","price":1,"size":1,"timestamp":"2026-12-04T15:00:00Z"}""", MarketMessageKind.Trade)]
    [InlineData("""{"symbol":"AAPL","interval":"1m","open":1,"high":1,"low":1,"close":1,"volume":1,"start":"2026-12-04T15:00:00Z"}""", MarketMessageKind.Bar)]
    public void Parse_WithoutType_InfersKindFromFields(string raw, MarketMessageKind expected)
    {
        ParsedMarketMessage parsed = parser.Parse(raw);

        Assert.Equal(expected, parsed.Kind);
    }

    [Theory]
    [InlineData("brk_a", "BRK.A")]
    [InlineData("BRK.A", "BRK.A")]
    [InlineData("rds-b", "RDS-B")]
    [InlineData("123456789012", "123456789012")]
    public void Parse_Symbol_IsNormalized(string symbol, string expected)
    {
        ParsedMarketMessage parsed = parser.Parse($$"""{"symbol":"{{symbol}}","price":1,"size":1,"timestamp":"2026-12-04T15:00:00Z"}""");

        Assert.True(parsed.IsValid, parsed.DescribeRejection());
        Assert.Equal(expected, parsed.Trade!.Symbol);
    }

    [Fact]
    public void Parse_TimestampWithZeroOffset_IsAccepted()
    {
        ParsedMarketMessage parsed = parser.Parse("""{"symbol":"X","price":1,"size":1,"timestamp":"2026-12-04T15:00:00+00:00"}""");

        Assert.True(parsed.IsValid, parsed.DescribeRejection());
    }

    [Fact]
    public void Parse_TimestampWithinFutureSkew_IsAccepted()
    {
        ParsedMarketMessage parsed = parser.Parse("""{"symbol":"X","price":1,"size":1,"timestamp":"2026-12-04T15:35:00Z"}""");

        Assert.True(parsed.IsValid, parsed.DescribeRejection());
    }

    [Fact]
    public void Parse_TrailingZeros_SameTradeId()
    {
        Trade first = parser.Parse("""{"symbol":"X","price":10.5,"size":100,"timestamp":"2026-12-04T15:00:00Z"}""").Trade!;
        Trade second = parser.Parse("""{ "size": 100.00, "price": 10.50, "symbol": "x", "timestamp": "2026-12-04T15:00:00.000Z" }""").Trade!;

        Assert.Equal(first.TradeId, second.TradeId);
    }

    [Fact]
    public void Parse_SourceTradeId_DecidesTradeId()
    {
        Trade first = parser.Parse("""{"symbol":"X","price":10,"size":100,"timestamp":"2026-12-04T15:00:00Z","trade_id":"T1"}""").Trade!;
        Trade second = parser.Parse("""{"symbol":"X","price":10,"size":100,"timestamp":"2026-12-04T15:00:00Z","trade_id":"T2"}""").Trade!;

        Assert.NotEqual(first.TradeId, second.TradeId);
    }
}
