using Trading.MarketData;
using Trading.Portfolio;

namespace Trading.UnitTests.Portfolio;

public sealed class MarketDataQuoteReaderTests
{
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
}
