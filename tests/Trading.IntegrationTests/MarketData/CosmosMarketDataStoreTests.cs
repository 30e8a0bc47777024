using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Trading.Infrastructure.Cosmos;
using Trading.MarketData;

namespace Trading.IntegrationTests.MarketData;

/// <summary>The <see cref="IMarketDataStore"/> contract on the Cosmos DB test server, through the production registration.</summary>
public sealed class CosmosMarketDataStoreTests(MarketApiFixture api) : IClassFixture<MarketApiFixture>
{
    private static readonly DateTimeOffset Minute = new(2026, 12, 4, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task UpsertBars_SameBarsTwice_ChangesNothing()
    {
        string symbol = MarketSamples.NewSymbol("IDEM");
        IReadOnlyList<Bar> bars = MarketSamples.DailySeries(symbol, 40, seed: 1);

        IReadOnlyList<Bar> first = await api.Store.UpsertBarsAsync(bars, CancellationToken.None);
        IReadOnlyList<Bar> second = await api.Store.UpsertBarsAsync(bars, CancellationToken.None);
        IReadOnlyList<Bar> stored = await ReadAllAsync(symbol, BarInterval.OneDay);

        Assert.Equal(40, first.Count);
        Assert.Empty(second);
        Assert.Equal(bars, stored);
    }

    [Fact]
    public async Task UpsertBars_ChangedBar_ReturnsOnlyThatBar()
    {
        string symbol = MarketSamples.NewSymbol("CHG");
        IReadOnlyList<Bar> bars = MarketSamples.DailySeries(symbol, 5, seed: 2);
        await api.Store.UpsertBarsAsync(bars, CancellationToken.None);
        Bar changed = bars[2] with { Close = bars[2].Close + 0.5m, High = bars[2].High + 0.5m };

        IReadOnlyList<Bar> result = await api.Store.UpsertBarsAsync([bars[1], changed, bars[3]], CancellationToken.None);

        Assert.Equal([changed], result);
        Assert.Equal(changed, (await ReadAllAsync(symbol, BarInterval.OneDay))[2]);
    }

    [Fact]
    public async Task UpsertBars_ExtraFields_RoundTripExactly()
    {
        string symbol = MarketSamples.NewSymbol("RT");
        Bar bar = new Bar(symbol, BarInterval.OneDay, MarketSamples.Day0, 645.57m, 647.89m, 636.11m, 645.57m, 87484600m, BarOrigin.Import)
        {
            Adjusted = new AdjustedPrices(92.22m, 92.55m, 90.87m, 92.22m, 612392200m),
            ExDividend = 0.47m,
            SplitRatio = 7m,
        };
        Bar closeOnly = new Bar(symbol, BarInterval.OneDay, MarketSamples.Day0.AddDays(1), 11.40m, 11.40m, 11.40m, 11.40m, null, BarOrigin.Import) { CloseOnly = true };

        await api.Store.UpsertBarsAsync([bar, closeOnly], CancellationToken.None);
        IReadOnlyList<Bar> stored = await ReadAllAsync(symbol, BarInterval.OneDay);

        Assert.Equal([bar, closeOnly], stored);
        Assert.Equal("11.40", stored[1].Close.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task UpsertBars_StoredDocument_KeepsNumbersAsStrings()
    {
        string symbol = MarketSamples.NewSymbol("STR");
        Bar bar = MarketSamples.DailyBar(symbol, MarketSamples.Day0, 11.40m);

        await api.Store.UpsertBarsAsync([bar], CancellationToken.None);
        JsonElement document = await ReadRawAsync(TradingContainers.Market, bar.Id, symbol);

        Assert.Equal("11.40", document.GetProperty("close").GetString());
        Assert.Equal("1000", document.GetProperty("volume").GetString());
        Assert.Equal("2020-01-01T00:00:00.0000000Z", document.GetProperty("start").GetString());
        Assert.Equal("bar", document.GetProperty("kind").GetString());
        Assert.Equal("1d", document.GetProperty("interval").GetString());
    }

    [Fact]
    public async Task UpsertQuotes_OlderQuoteLater_KeepsNewer()
    {
        string symbol = MarketSamples.NewSymbol("QOO");
        Quote newer = MarketSamples.Quote(symbol, Minute.AddSeconds(10), 101m, "b");
        Quote older = MarketSamples.Quote(symbol, Minute, 100m, "a");

        IReadOnlyList<Quote> first = await api.Store.UpsertQuotesAsync([newer], CancellationToken.None);
        IReadOnlyList<Quote> second = await api.Store.UpsertQuotesAsync([older], CancellationToken.None);
        IReadOnlyList<Quote> repeated = await api.Store.UpsertQuotesAsync([newer], CancellationToken.None);

        Assert.Equal([newer], first);
        Assert.Empty(second);
        Assert.Empty(repeated);
        Assert.Equal(newer, await api.Reader.GetQuoteAsync(symbol, CancellationToken.None));
    }

    [Fact]
    public async Task UpsertQuotes_ConcurrentCallsShuffled_NewestWins()
    {
        string symbol = MarketSamples.NewSymbol("QCC");
        Quote[] quotes = [.. Enumerable.Range(0, 40).Select(i => MarketSamples.Quote(symbol, Minute.AddMilliseconds(i * 250), 100m + i, $"t{i}"))];
        Quote[] shuffled = [.. quotes.OrderBy(_ => Random.Shared.Next())];

        IReadOnlyList<Quote>[] written = await Task.WhenAll(shuffled.Select(quote => api.Store.UpsertQuotesAsync([quote], CancellationToken.None)));

        Assert.Equal(quotes[^1], await api.Reader.GetQuoteAsync(symbol, CancellationToken.None));
        Assert.Contains(written, result => result.Contains(quotes[^1]));
        Assert.All(written, result => Assert.True(result.Count <= 1));
    }

    [Fact]
    public async Task UpsertQuotes_SameTimestamp_HigherTradeIdWins()
    {
        string symbol = MarketSamples.NewSymbol("QTI");
        Quote left = MarketSamples.Quote(symbol, Minute, 100m, "x");
        Quote right = MarketSamples.Quote(symbol, Minute, 200m, "y");
        Quote winner = string.CompareOrdinal(left.TradeId, right.TradeId) > 0 ? left : right;
        Quote loser = winner == left ? right : left;

        await api.Store.UpsertQuotesAsync([winner], CancellationToken.None);
        IReadOnlyList<Quote> written = await api.Store.UpsertQuotesAsync([loser], CancellationToken.None);

        Assert.Empty(written);
        Assert.Equal(winner, await api.Reader.GetQuoteAsync(symbol, CancellationToken.None));
    }

    [Fact]
    public async Task GetLatestBar_SeveralBars_ReturnsLatestStartOfInterval()
    {
        string symbol = MarketSamples.NewSymbol("LAT");
        string other = MarketSamples.NewSymbol("LAO");
        IReadOnlyList<Bar> bars = MarketSamples.DailySeries(symbol, 30, seed: 3);
        Bar minute = new(symbol, BarInterval.OneMinute, Minute, 50m, 51m, 49m, 50.5m, 10m, BarOrigin.BarMessage);
        // Neither first nor last in write order, so only ORDER BY start DESC finds it.
        await api.Store.UpsertBarsAsync([.. bars.Skip(20), .. bars.Take(20), minute], CancellationToken.None);
        await api.Store.UpsertBarsAsync([MarketSamples.DailyBar(other, MarketSamples.Day0.AddDays(400), 7m)], CancellationToken.None);

        Bar? daily = await api.Reader.GetLatestBarAsync(symbol, BarInterval.OneDay, CancellationToken.None);
        Bar? latestMinute = await api.Reader.GetLatestBarAsync(symbol, BarInterval.OneMinute, CancellationToken.None);

        Assert.Equal(bars[^1], daily);
        Assert.Equal(minute, latestMinute);
    }

    [Fact]
    public async Task GetLatestBar_NoBars_ReturnsNull()
    {
        Assert.Null(await api.Reader.GetLatestBarAsync(MarketSamples.NewSymbol("NOBAR"), BarInterval.OneDay, CancellationToken.None));
    }

    [Fact]
    public async Task GetQuote_UnknownSymbol_ReturnsNull()
    {
        Assert.Null(await api.Reader.GetQuoteAsync(MarketSamples.NewSymbol("NONE"), CancellationToken.None));
    }

    private async Task<IReadOnlyList<Bar>> ReadAllAsync(string symbol, BarInterval interval) =>
        await api.Reader.GetBarsAsync(symbol, interval, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 10_000, CancellationToken.None);

    private async Task<JsonElement> ReadRawAsync(ContainerDefinition container, string id, string partition)
    {
        ItemResponse<JsonElement> response = await api.Cosmos.Container(container).ReadItemAsync<JsonElement>(id, new PartitionKey(partition));
        return response.Resource;
    }
}
