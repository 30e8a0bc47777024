using Trading.MarketData;

namespace Trading.UnitTests.MarketData;

public sealed class MarketDataIngestionTests : IDisposable
{
    private static readonly DateTimeOffset Minute = new(2026, 12, 4, 15, 29, 0, TimeSpan.Zero);
    private readonly IngestionHarness harness = new();

    public void Dispose() => harness.Dispose();

    private static string Trade(int second, decimal price, decimal size, string symbol = "AAPL") =>
        IngestionHarness.TradeJson(symbol, price, size, Minute.AddSeconds(second));

    [Fact]
    public async Task IngestBatch_Trades_FoldBarAndQuote()
    {
        IngestionReport report = await harness.IngestAsync(Trade(1, 10m, 100m), Trade(20, 12m, 50m), Trade(40, 9m, 25m), Trade(50, 11m, 10m));

        Assert.Equal(new IngestionReport(4, 0, 0), report);
        Bar bar = Assert.Single(harness.Store.Bars);
        Assert.Equal((10m, 12m, 9m, 11m, 185m), (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume!.Value));
        Quote quote = (await harness.Store.GetQuoteAsync("AAPL", CancellationToken.None))!;
        Assert.Equal(11m, quote.Price);
        Assert.Equal(Minute.AddSeconds(50), quote.Timestamp);
    }

    [Fact]
    public async Task IngestBatch_SameBatchTwice_ChangesNothing()
    {
        string[] batch = [Trade(1, 10m, 100m), Trade(2, 11m, 5m), """{"symbol":"MSFT","interval":"1d","open":1,"high":2,"low":1,"close":2,"volume":3,"start":"2026-12-03T00:00:00Z"}""", "bad"];
        await harness.IngestAsync(batch);
        IReadOnlyList<Bar> barsBefore = harness.Store.Bars;
        IReadOnlyList<Quote> quotesBefore = harness.Store.Quotes;

        IngestionReport second = await harness.IngestAsync(batch);

        Assert.Equal(new IngestionReport(0, 3, 1), second);
        Assert.Equal(barsBefore.OrderBy(b => b.Id), harness.Store.Bars.OrderBy(b => b.Id));
        Assert.Equal(quotesBefore, harness.Store.Quotes);
        Assert.Single(harness.Store.DeadLetters);
    }

    [Fact]
    public async Task IngestBatch_DuplicateTradeInBatch_CountsOnce()
    {
        IngestionReport report = await harness.IngestAsync(Trade(1, 10m, 100m), Trade(1, 10m, 100m));

        Assert.Equal(new IngestionReport(1, 1, 0), report);
        Assert.Equal(100m, Assert.Single(harness.Store.Bars).Volume);
    }

    [Fact]
    public async Task IngestBatch_LateOlderTrade_KeepsQuote()
    {
        await harness.IngestAsync(Trade(30, 12m, 1m));

        await harness.IngestAsync(Trade(10, 10m, 1m));

        Quote quote = (await harness.Store.GetQuoteAsync("AAPL", CancellationToken.None))!;
        Assert.Equal(12m, quote.Price);
        Assert.Equal(10m, Assert.Single(harness.Store.Bars).Open);
        Assert.Single(harness.Notifier.Quotes);
    }

    [Fact]
    public async Task IngestBatch_FiftyBadOfThousand_DeadLettered()
    {
        var messages = new List<string>();
        for (int i = 0; i < 1_000; i++)
        {
            string symbol = $"S{i % 10}";
            messages.Add(i % 20 == 7
                ? IngestionHarness.TradeJson(symbol, -i, 1m, Minute).Replace("\"price\"", i % 40 == 7 ? "\"price\"" : "\"prize\"")
                : IngestionHarness.TradeJson(symbol, 100m + i, 1m + i, Minute.AddMilliseconds(i)));
        }

        IngestionReport report = await harness.IngestAsync([.. messages]);

        Assert.Equal(new IngestionReport(950, 0, 50), report);
        Assert.Equal(10, harness.Store.Bars.Count);
        Assert.Equal(950m + Enumerable.Range(0, 1_000).Where(i => i % 20 != 7).Sum(i => (decimal)i), harness.Store.Bars.Sum(b => b.Volume!.Value));
        Assert.Equal(50, harness.Store.DeadLetters.Count);
        Assert.Equal(25, harness.Store.DeadLetters.Count(d => d.Field == "price" && d.Reason.Contains("greater than 0", StringComparison.Ordinal)));
        Assert.Equal(25, harness.Store.DeadLetters.Count(d => d.Field == "prize" && d.Reason.Contains("unknown field", StringComparison.Ordinal)));
        Assert.Equal(50, harness.Counters["trading.market_data.messages.dead_lettered"]);
        Assert.Equal(950, harness.Counters["trading.market_data.messages.accepted"]);
    }

    [Fact]
    public async Task IngestBatch_NotifierFails_KeepsWrites()
    {
        harness.Notifier.Fail = true;

        IngestionReport report = await harness.IngestAsync(Trade(1, 10m, 1m));

        Assert.Equal(1, report.Accepted);
        Assert.NotNull(await harness.Store.GetQuoteAsync("AAPL", CancellationToken.None));
        Assert.Single(harness.Store.Bars);
    }

    [Fact]
    public async Task IngestBatch_BarMessage_OwnsItsMinute()
    {
        string bar = """{"symbol":"AAPL","interval":"1m","open":50,"high":60,"low":40,"close":55,"volume":1000,"start":"2026-12-04T15:29:00Z"}""";
        await harness.IngestAsync(Trade(1, 10m, 5m));

        IngestionReport report = await harness.IngestAsync(bar, Trade(2, 11m, 5m));

        Bar stored = Assert.Single(harness.Store.Bars);
        Assert.Equal(BarOrigin.BarMessage, stored.Origin);
        Assert.Equal(1000m, stored.Volume);
        Assert.Equal(new IngestionReport(2, 0, 0), report);
        Assert.Equal(11m, (await harness.Store.GetQuoteAsync("AAPL", CancellationToken.None))!.Price);
    }

    [Fact]
    public async Task IngestBatch_LaterMinuteTrade_ClosesBar()
    {
        harness.Clock.Now = Minute.AddSeconds(30);
        await harness.IngestAsync(Trade(1, 10m, 5m));
        Assert.Empty(harness.Notifier.ClosedBars);

        harness.Clock.Now = Minute.AddSeconds(70);
        await harness.IngestAsync(Trade(65, 11m, 5m));

        Bar closed = Assert.Single(harness.Notifier.ClosedBars);
        Assert.Equal(Minute, closed.Start);
        Assert.Equal(5m, closed.Volume);
    }

    [Fact]
    public async Task IngestBatch_MinuteOver_ClosesBar()
    {
        harness.Clock.Now = Minute.AddSeconds(30);
        await harness.IngestAsync(Trade(1, 10m, 5m, "AAPL"));

        harness.Clock.Now = Minute.AddMinutes(2);
        await harness.IngestAsync(IngestionHarness.TradeJson("MSFT", 20m, 1m, Minute.AddMinutes(2)));

        Bar closed = Assert.Single(harness.Notifier.ClosedBars);
        Assert.Equal("AAPL", closed.Symbol);
    }
}
