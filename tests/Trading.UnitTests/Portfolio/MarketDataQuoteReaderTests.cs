using Trading.MarketData;
using Trading.Portfolio;

namespace Trading.UnitTests.Portfolio;

public sealed class MarketDataQuoteReaderTests
{
    private static readonly DateTimeOffset Day = new(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetLastPrices_ReturnsNewestQuotedSymbolsOnly()
    {
        var store = new InMemoryMarketDataStore();
        var at = new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);
        await store.UpsertQuotesAsync([new Quote("AAPL", 190.25m, 10m, at, "t1")], CancellationToken.None);
        await store.UpsertQuotesAsync([new Quote("AAPL", 191.50m, 5m, at.AddSeconds(1), "t2")], CancellationToken.None);
        await store.UpsertQuotesAsync([new Quote("MSFT", 410.10m, 1m, at, "t3")], CancellationToken.None);
        var reader = new MarketDataQuoteReader(store);

        var prices = await reader.GetLastPricesAsync(["AAPL", "MSFT", "NONE", "AAPL"], CancellationToken.None);

        Assert.Equal(2, prices.Count);
        Assert.Equal(191.50m, prices["AAPL"]);
        Assert.Equal(410.10m, prices["MSFT"]);
        Assert.False(prices.ContainsKey("NONE"));
    }

    [Fact]
    public async Task GetLastPrices_BarsOnly_ReturnsLatestUnadjustedClose()
    {
        var store = new InMemoryMarketDataStore();
        await store.UpsertBarsAsync(
            [
                DailyBar("AAPL", Day, 600.00m),
                DailyBar("AAPL", Day.AddDays(1), 645.57m) with { Adjusted = new AdjustedPrices(92.22m, 92.55m, 90.87m, 92.22m, null) },
            ],
            CancellationToken.None);
        var reader = new MarketDataQuoteReader(store);

        var prices = await reader.GetLastPricesAsync(["AAPL"], CancellationToken.None);

        Assert.Equal(645.57m, prices["AAPL"]);
    }

    [Fact]
    public async Task GetLastPrices_BarEndsAfterQuote_ReturnsBarClose()
    {
        var store = new InMemoryMarketDataStore();
        await store.UpsertQuotesAsync([new Quote("AAPL", 190.25m, 10m, Day.AddHours(15), "t1")], CancellationToken.None);
        await store.UpsertBarsAsync([DailyBar("AAPL", Day, 192.00m)], CancellationToken.None);
        var reader = new MarketDataQuoteReader(store);

        var prices = await reader.GetLastPricesAsync(["AAPL"], CancellationToken.None);

        Assert.Equal(192.00m, prices["AAPL"]);
    }

    [Fact]
    public async Task GetLastPrices_QuoteAtOrAfterBarEnd_ReturnsQuote()
    {
        var store = new InMemoryMarketDataStore();
        await store.UpsertBarsAsync([DailyBar("AAPL", Day, 192.00m)], CancellationToken.None);
        await store.UpsertQuotesAsync([new Quote("AAPL", 190.25m, 10m, Day.AddDays(1), "t1")], CancellationToken.None);
        var reader = new MarketDataQuoteReader(store);

        var prices = await reader.GetLastPricesAsync(["AAPL"], CancellationToken.None);

        Assert.Equal(190.25m, prices["AAPL"]);
    }

    [Fact]
    public async Task GetLastPrices_MinuteBarAfterDailyBar_ReturnsMinuteClose()
    {
        var store = new InMemoryMarketDataStore();
        await store.UpsertBarsAsync(
            [
                DailyBar("AAPL", Day, 192.00m),
                new Bar("AAPL", BarInterval.OneMinute, Day.AddDays(1).AddHours(14), 193.00m, 193.50m, 192.90m, 193.25m, 100m, BarOrigin.BarMessage),
            ],
            CancellationToken.None);
        var reader = new MarketDataQuoteReader(store);

        var prices = await reader.GetLastPricesAsync(["AAPL"], CancellationToken.None);

        Assert.Equal(193.25m, prices["AAPL"]);
    }

    private static Bar DailyBar(string symbol, DateTimeOffset day, decimal close) =>
        new(symbol, BarInterval.OneDay, day, close, close + 1m, close - 1m, close, 1_000m, BarOrigin.Import);
}
