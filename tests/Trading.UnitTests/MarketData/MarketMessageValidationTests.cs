using Trading.MarketData;

namespace Trading.UnitTests.MarketData;

public sealed class MarketMessageValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 15, 30, 0, TimeSpan.Zero);
    private const string Trade = """{"type":"trade","symbol":"AAPL","price":10,"size":5,"timestamp":"2026-12-04T15:00:00Z"}""";
    private const string Bar = """{"type":"bar","symbol":"AAPL","interval":"1m","open":10,"high":11,"low":9,"close":10.5,"volume":100,"start":"2026-12-04T15:00:00Z"}""";

    private readonly MarketMessageParser parser = new(new ManualClock(Now));

    public static TheoryData<string, string?, string> BadMessages => new()
    {
        { "", null, "empty" },
        { "not json", null, "invalid JSON" },
        { """{"symbol":"AAPL","price":10""", null, "invalid JSON" },
        { "[1,2]", null, "JSON object" },
        { """{"symbol":"AAPL","price":NaN,"size":1,"timestamp":"2026-12-04T15:00:00Z"}""", null, "invalid JSON" },
        { Trade + "{}", null, "invalid JSON" },
        { Trade.Replace("\"price\":10", "\"price\":\"NaN\""), "price", "JSON number" },
        { Trade.Replace("\"price\":10", "\"price\":\"Infinity\""), "price", "JSON number" },
        { Trade.Replace("\"price\":10", "\"price\":1e309"), "price", "decimal range" },
        { Trade.Replace("\"price\":10", "\"price\":0"), "price", "greater than 0" },
        { Trade.Replace("\"price\":10", "\"price\":-36.98"), "price", "greater than 0" },
        { Trade.Replace("\"price\":10", "\"price\":null"), "price", "JSON number" },
        { Trade.Replace("\"price\":10,", ""), "price", "missing" },
        { """{"symbol":"AAPL","size":1}""", "type", "neither" },
        { Trade.Replace("\"size\":5", "\"size\":-1"), "size", "greater than 0" },
        { Trade.Replace(",\"size\":5", ""), "size", "missing" },
        { Trade.Replace(",\"timestamp\":\"2026-12-04T15:00:00Z\"", ""), "timestamp", "missing" },
        { Trade.Replace("\"symbol\":\"AAPL\",", ""), "symbol", "missing" },
        { Trade.Replace("AAPL", "AAPL$"), "symbol", "contains '$'" },
        { Trade.Replace("AAPL", "ABCDEFGHIJKLM"), "symbol", "at most 12" },
        { Trade.Replace("AAPL", ""), "symbol", "empty" },
        { Trade.Replace("AAPL", ".A"), "symbol", "start with a letter or digit" },
        { Trade.Replace("\"symbol\":\"AAPL\"", "\"symbol\":7"), "symbol", "JSON string" },
        { Trade.Replace("\"type\":\"trade\"", "\"type\":\"quote\""), "type", "\"trade\" or \"bar\"" },
        { Trade.Replace("}", ",\"venue\":\"X\"}"), "venue", "unknown field" },
        { Trade.Replace("}", ",\"price\":11}"), "price", "duplicate" },
        { Trade.Replace("}", ",\"trade_id\":\"\"}"), "trade_id", "1 to 64" },
        { Trade.Replace("}", ",\"open\":1}"), "open", "not allowed in a trade" },
        { Trade.Replace("2026-12-04T15:00:00Z", "2026-12-04T15:40:00Z"), "timestamp", "in the future" },
        { Trade.Replace("2026-12-04T15:00:00Z", "2026-12-04T15:00:00"), "timestamp", "ISO 8601 UTC" },
        { Trade.Replace("2026-12-04T15:00:00Z", "2026-12-04T16:00:00+01:00"), "timestamp", "ISO 8601 UTC" },
        { Trade.Replace("2026-12-04T15:00:00Z", "12/4/2026 15:00"), "timestamp", "ISO 8601 UTC" },
        { Trade.Replace("2026-12-04T15:00:00Z", "2026-13-04T15:00:00Z"), "timestamp", "ISO 8601 UTC" },
        { Bar.Replace("\"interval\":\"1m\"", "\"interval\":\"5m\""), "interval", "\"1m\" or \"1d\"" },
        { Bar.Replace(",\"interval\":\"1m\"", ""), "interval", "missing" },
        { Bar.Replace("\"high\":11", "\"high\":8"), "high", "below low" },
        { Bar.Replace("\"high\":11", "\"high\":10.25"), "high", "max(open, close)" },
        { Bar.Replace("\"low\":9", "\"low\":10.1"), "low", "min(open, close)" },
        { Bar.Replace("\"volume\":100", "\"volume\":-1"), "volume", "not be negative" },
        { Bar.Replace(",\"volume\":100", ""), "volume", "missing" },
        { Bar.Replace("\"open\":10", "\"open\":\"10\""), "open", "JSON number" },
        { Bar.Replace(",\"close\":10.5", ""), "close", "missing" },
        { Bar.Replace("2026-12-04T15:00:00Z", "2026-12-04T15:00:30Z"), "start", "aligned to the 1m" },
        { Bar.Replace("2026-12-04T15:00:00Z", "2026-12-04T15:00:00.5Z"), "start", "aligned to the 1m" },
        { Bar.Replace("\"1m\"", "\"1d\""), "start", "midnight UTC" },
        { Bar.Replace("2026-12-04T15:00:00Z", "2026-12-04T15:36:00Z"), "start", "in the future" },
        { Bar.Replace("}", ",\"price\":1}"), "price", "not allowed in a bar" },
        { Bar.Replace("\"type\":\"bar\",", "").Replace("}", ",\"size\":1}"), "size", "not allowed in a bar" },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public void Parse_BadMessage_RejectsWithField(string raw, string? expectedField, string reasonFragment)
    {
        ParsedMarketMessage parsed = parser.Parse(raw);

        Assert.False(parsed.IsValid);
        Assert.Equal(expectedField, parsed.Field);
        Assert.Contains(reasonFragment, parsed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WellFormedTemplates_AreValid()
    {
        Assert.True(parser.Parse(Trade).IsValid);
        Assert.True(parser.Parse(Bar).IsValid);
    }
}
