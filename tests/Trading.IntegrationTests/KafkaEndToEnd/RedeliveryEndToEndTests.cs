using Trading.IntegrationTests.MarketData;
using Trading.MarketData;
using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>
/// At-least-once delivery through the whole path: the same records consumed again by a new consumer group,
/// and the same messages published a second time, change no stored value and are reported as duplicates.
/// </summary>
public sealed class RedeliveryEndToEndTests(KafkaEndToEndFixture api) : IClassFixture<KafkaEndToEndFixture>
{
    private static readonly DateTimeOffset TradingStart = new(2026, 11, 2, 14, 30, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task WikiBars_DeliveredThrice_StoredOnce()
    {
        string? path = WikiBars.FindFile();
        Skip.If(path is null, WikiBars.SkipReason);
        List<MarketDataMessage> messages = WikiBars.Messages(path!);
        const string topic = "wiki-bars-redelivery";
        api.CreateTopic(topic, partitions: 3);
        await api.PublishAsync(topic, messages);

        KafkaDelivery first = await api.DeliverAsync(topic, "bars-first", messages.Count);
        Dictionary<string, IReadOnlyList<Bar>> afterFirst = await DailyBarsAsync();

        // A new consumer group starts from the earliest offset, as after a reset of the group's offsets.
        KafkaDelivery second = await api.DeliverAsync(topic, "bars-second", messages.Count);
        Dictionary<string, IReadOnlyList<Bar>> afterSecond = await DailyBarsAsync();

        // A producer that retries after a lost acknowledgement writes the records again. The first group
        // continues from its committed offsets, so it reads only the copies.
        await api.PublishAsync(topic, messages);
        KafkaDelivery third = await api.DeliverAsync(topic, "bars-first", messages.Count);
        Dictionary<string, IReadOnlyList<Bar>> afterThird = await DailyBarsAsync();

        Assert.Equal(new IngestionReport(Accepted: 756, Duplicates: 0, DeadLettered: 0), first.Report);
        Assert.Equal(new IngestionReport(Accepted: 0, Duplicates: 756, DeadLettered: 0), second.Report);
        Assert.Equal(new IngestionReport(Accepted: 0, Duplicates: 756, DeadLettered: 0), third.Report);
        Assert.Equal(0, first.Loop.FailedCalls + second.Loop.FailedCalls + third.Loop.FailedCalls);
        Assert.Equal([252, 252, 252], afterFirst.Values.Select(bars => bars.Count));
        foreach (string symbol in afterFirst.Keys)
        {
            Assert.Equal(afterFirst[symbol], afterSecond[symbol]);
            Assert.Equal(afterFirst[symbol], afterThird[symbol]);
        }
    }

    [Fact]
    public async Task Trades_Redelivered_VolumesNotDoubled()
    {
        string[] symbols = [MarketSamples.NewSymbol("RDA"), MarketSamples.NewSymbol("RDB"), MarketSamples.NewSymbol("RDC")];

        // 150 trades per symbol, one a second from 14:30:00: minutes of 60, 60 and 30 trades.
        List<SyntheticTrade> trades = [.. SyntheticTradeGenerator.Generate(symbols, 150, TradingStart, seed: 21)];
        List<MarketDataMessage> messages = [.. trades.Select(MarketDataMessageFormatter.FormatTrade)];
        const string topic = "trades-redelivery";
        api.CreateTopic(topic, partitions: 2);
        await api.PublishAsync(topic, messages);

        KafkaDelivery first = await api.DeliverAsync(topic, "trades-first", messages.Count);
        Dictionary<string, IReadOnlyList<Bar>> afterFirst = await MinuteBarsAsync(symbols);
        Dictionary<string, Quote?> quotesAfterFirst = await QuotesAsync(symbols);
        KafkaDelivery second = await api.DeliverAsync(topic, "trades-second", messages.Count);
        Dictionary<string, IReadOnlyList<Bar>> afterSecond = await MinuteBarsAsync(symbols);

        Assert.Equal(new IngestionReport(Accepted: 450, Duplicates: 0, DeadLettered: 0), first.Report);
        Assert.Equal(new IngestionReport(Accepted: 0, Duplicates: 450, DeadLettered: 0), second.Report);
        Assert.Equal(0, first.Loop.FailedCalls + second.Loop.FailedCalls);
        foreach (string symbol in symbols)
        {
            List<Bar> expected = TradeMinutes.Expected(trades, symbol);
            Assert.Equal(3, expected.Count);
            Assert.Equal(expected, afterFirst[symbol]);
            Assert.Equal(expected, afterSecond[symbol]);

            SyntheticTrade last = trades.Last(trade => trade.Symbol == symbol);
            Quote? quote = await api.Reader.GetQuoteAsync(symbol, CancellationToken.None);
            Assert.NotNull(quote);
            Assert.Equal((last.Price, last.Size, last.Timestamp), (quote.Price, quote.Size, quote.Timestamp));
            Assert.Equal(quotesAfterFirst[symbol], quote);
        }
    }

    private async Task<Dictionary<string, IReadOnlyList<Bar>>> DailyBarsAsync()
    {
        var bars = new Dictionary<string, IReadOnlyList<Bar>>();
        foreach (string symbol in new[] { "AAPL", "MSFT", "BRK.A" })
        {
            bars[symbol] = await api.Reader.GetBarsAsync(symbol, BarInterval.OneDay, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 1_000, CancellationToken.None);
        }

        return bars;
    }

    private async Task<Dictionary<string, IReadOnlyList<Bar>>> MinuteBarsAsync(IEnumerable<string> symbols)
    {
        var bars = new Dictionary<string, IReadOnlyList<Bar>>();
        foreach (string symbol in symbols)
        {
            bars[symbol] = await TradeMinutes.StoredAsync(api.Reader, symbol);
        }

        return bars;
    }

    private async Task<Dictionary<string, Quote?>> QuotesAsync(IEnumerable<string> symbols)
    {
        var quotes = new Dictionary<string, Quote?>();
        foreach (string symbol in symbols)
        {
            quotes[symbol] = await api.Reader.GetQuoteAsync(symbol, CancellationToken.None);
        }

        return quotes;
    }
}
