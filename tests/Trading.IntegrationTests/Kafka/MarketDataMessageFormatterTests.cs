using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.Kafka;

public sealed class MarketDataMessageFormatterTests
{
    private const string Header = "ticker,date,open,high,low,close,volume,ex-dividend,split_ratio";

    [Fact]
    public void FormatDailyBar_WikiRow_WritesCsvDecimalTextAndMidnightStart()
    {
        DailyBarRow row = ReadSingle("AAPL,2014-01-02,555.68,557.03,552.021,553.13,8381600.0,0.0,1.0");

        MarketDataMessage message = MarketDataMessageFormatter.FormatDailyBar(row);

        Assert.Equal("AAPL", message.Key);
        Assert.Equal(
            """{"type":"bar","symbol":"AAPL","interval":"1d","open":555.68,"high":557.03,"low":552.021,"close":553.13,"volume":8381600.0,"start":"2014-01-02T00:00:00Z"}""",
            message.Value);
    }

    [Theory]
    [InlineData(".5", "0.5")]
    [InlineData("+3", "3")]
    [InlineData("0.10", "0.10")]
    [InlineData("1e3", "1e3")]
    public void FormatDailyBar_NumberText_NormalizedToJsonNumber(string csvText, string json)
    {
        DailyBarRow row = ReadSingle($"X,2014-01-02,{csvText},1,1,1,1,0,1");

        string value = MarketDataMessageFormatter.FormatDailyBar(row).Value;

        Assert.Contains($"\"open\":{json},", value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X,2014-13-02,1,1,1,1,1", "date")]
    [InlineData("X,2014-01-02,abc,1,1,1,1", "open")]
    [InlineData("X,2014-01-02,1,1,1,,1", "close")]
    [InlineData("X,2014-01-02,1,1,1,1,NaN", "volume")]
    public void Read_BadCell_ThrowsNamingColumn(string line, string column)
    {
        var exception = Assert.Throws<FormatException>(() => ReadSingle(line));

        Assert.Contains($"column {column}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Line 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SymbolAndDateFilters_KeepInclusiveRange()
    {
        string csv = string.Join('\n', Header,
            "AAPL,2014-01-02,1,1,1,1,1,0,1",
            "MSFT,2014-01-02,1,1,1,1,1,0,1",
            "aapl,2014-01-03,1,1,1,1,1,0,1",
            "AAPL,2014-01-06,1,1,1,1,1,0,1");

        var rows = DailyBarCsvReader.Read(new StringReader(csv), ["AAPL"], new DateOnly(2014, 1, 2), new DateOnly(2014, 1, 3)).ToList();

        Assert.Equal([new DateOnly(2014, 1, 2), new DateOnly(2014, 1, 3)], rows.Select(row => row.Date));
    }

    [Fact]
    public void FormatTrade_SyntheticTrade_WritesTradeFields()
    {
        var trade = new SyntheticTrade("MSFT", 100.25m, 10m, new DateTimeOffset(2026, 1, 5, 14, 30, 1, TimeSpan.Zero), "MSFT-1-1");

        string value = MarketDataMessageFormatter.FormatTrade(trade).Value;

        Assert.Equal("""{"type":"trade","symbol":"MSFT","price":100.25,"size":10,"timestamp":"2026-01-05T14:30:01.000Z","trade_id":"MSFT-1-1"}""", value);
    }

    [Fact]
    public void Generate_SameSeed_SameTrades()
    {
        var start = new DateTimeOffset(2026, 1, 5, 14, 30, 0, TimeSpan.Zero);

        var first = SyntheticTradeGenerator.Generate(["A", "B"], 20, start, seed: 3).ToList();
        var second = SyntheticTradeGenerator.Generate(["A", "B"], 20, start, seed: 3).ToList();

        Assert.Equal(40, first.Count);
        Assert.Equal(first, second);
        Assert.All(first, trade => Assert.True(trade.Price >= 0.01m && decimal.Round(trade.Price, 2) == trade.Price, $"bad price {trade.Price}"));
    }

    private static DailyBarRow ReadSingle(string line) =>
        Assert.Single(DailyBarCsvReader.Read(new StringReader(Header + "\n" + line), [], null, null));
}
