using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Trading.Infrastructure.Cosmos;
using Trading.MarketData;

namespace Trading.IntegrationTests.MarketData;

/// <summary>Trade folding and dead letters of the Cosmos DB store: exactly-once volume, bar ownership, first reception kept.</summary>
public sealed class CosmosTradeFoldTests(MarketApiFixture api) : IClassFixture<MarketApiFixture>
{
    private static readonly DateTimeOffset Minute = new(2026, 12, 4, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task FoldTrades_SameTradesTwice_VolumeNotDoubled()
    {
        string symbol = MarketSamples.NewSymbol("FLD");
        var update = new MinuteTrades(symbol, Minute, [Trade(symbol, 1, 10m, 5m), Trade(symbol, 2, 12m, 3m), Trade(symbol, 3, 9m, 2m)]);

        TradeFoldResult first = Assert.Single(await api.Store.FoldTradesAsync([update], CancellationToken.None));
        TradeFoldResult second = Assert.Single(await api.Store.FoldTradesAsync([update], CancellationToken.None));
        Bar stored = Assert.Single(await MinuteBarsAsync(symbol));

        Assert.Equal((3, 0, 0), (first.Applied, first.Duplicates, first.Ignored));
        Assert.Equal((0, 3, 0), (second.Applied, second.Duplicates, second.Ignored));
        Assert.Equal(10m, stored.Volume);
        Assert.Equal((10m, 12m, 9m, 9m), (stored.Open, stored.High, stored.Low, stored.Close));
        Assert.Equal(BarOrigin.Trades, stored.Origin);
    }

    [Fact]
    public async Task FoldTrades_LateEarlierTrade_BecomesOpen()
    {
        string symbol = MarketSamples.NewSymbol("FOP");

        await api.Store.FoldTradesAsync([new MinuteTrades(symbol, Minute, [Trade(symbol, 30, 20m, 1m)])], CancellationToken.None);
        await api.Store.FoldTradesAsync([new MinuteTrades(symbol, Minute, [Trade(symbol, 5, 18m, 2m)])], CancellationToken.None);
        Bar stored = Assert.Single(await MinuteBarsAsync(symbol));

        Assert.Equal((18m, 20m, 18m, 20m, 3m), (stored.Open, stored.High, stored.Low, stored.Close, stored.Volume));
    }

    [Fact]
    public async Task FoldTrades_ConcurrentBatches_FoldOnce()
    {
        string symbol = MarketSamples.NewSymbol("FCC");
        Trade[] trades = [.. Enumerable.Range(0, 30).Select(i => Trade(symbol, i, 100m + i, 1m + i))];
        MinuteTrades[] batches = [.. Enumerable.Range(0, 12).Select(b => new MinuteTrades(symbol, Minute, [.. trades.Skip(b * 2).Take(8)]))];

        TradeFoldResult[][] results = await Task.WhenAll(batches.Select(async batch => (await api.Store.FoldTradesAsync([batch], CancellationToken.None)).ToArray()));
        Bar stored = Assert.Single(await MinuteBarsAsync(symbol));

        Assert.Equal(trades.Sum(trade => trade.Size), stored.Volume);
        Assert.Equal(30, results.Sum(result => result[0].Applied));
        Assert.Equal((100m, 129m, 100m, 129m), (stored.Open, stored.High, stored.Low, stored.Close));
    }

    [Fact]
    public async Task FoldTrades_BarMessageMinute_IgnoresTrades()
    {
        string symbol = MarketSamples.NewSymbol("FOW");
        await api.Store.FoldTradesAsync([new MinuteTrades(symbol, Minute, [Trade(symbol, 1, 10m, 5m)])], CancellationToken.None);
        var message = new Bar(symbol, BarInterval.OneMinute, Minute, 11m, 13m, 10m, 12m, 500m, BarOrigin.BarMessage);

        IReadOnlyList<Bar> replaced = await api.Store.UpsertBarsAsync([message], CancellationToken.None);
        TradeFoldResult late = Assert.Single(await api.Store.FoldTradesAsync([new MinuteTrades(symbol, Minute, [Trade(symbol, 2, 50m, 7m)])], CancellationToken.None));

        Assert.Equal([message], replaced);
        Assert.Equal((0, 0, 1), (late.Applied, late.Duplicates, late.Ignored));
        Assert.Equal(message, late.Bar);
        Assert.Equal(message, Assert.Single(await MinuteBarsAsync(symbol)));
    }

    [Fact]
    public async Task AddDeadLetters_Twice_KeepsFirst()
    {
        DateTimeOffset firstSeen = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
        string raw = $"{{\"symbol\": \"X\", \"price\": -1, \"nonce\": \"{Guid.NewGuid():N}\"}}";
        DeadLetter first = DeadLetter.Create(raw, "price", "must be greater than 0 (got -1)", firstSeen);
        DeadLetter again = DeadLetter.Create(raw, "price", "must be greater than 0 (got -1)", firstSeen.AddHours(1));

        await api.Store.AddDeadLettersAsync([first], CancellationToken.None);
        await api.Store.AddDeadLettersAsync([again, again], CancellationToken.None);
        ItemResponse<JsonElement> stored = await api.Cosmos.Container(TradingContainers.DeadLetters)
            .ReadItemAsync<JsonElement>(first.Id, new PartitionKey(first.Id));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal("2026-12-04T10:00:00.0000000Z", stored.Resource.GetProperty("received_at").GetString());
        Assert.Equal("price", stored.Resource.GetProperty("field").GetString());
        Assert.Equal(raw, stored.Resource.GetProperty("raw_message").GetString());
    }

    private static Trade Trade(string symbol, int second, decimal price, decimal size) =>
        MarketSamples.Trade(symbol, Minute.AddSeconds(second), price, size, $"s{second}");

    private async Task<IReadOnlyList<Bar>> MinuteBarsAsync(string symbol) =>
        await api.Reader.GetBarsAsync(symbol, BarInterval.OneMinute, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 100, CancellationToken.None);
}
