using System.Globalization;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Trading.Infrastructure.Cosmos;
using Trading.IntegrationTests.MarketData;
using Trading.MarketData;
using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>
/// 1,000 messages with 50 malformed ones of ten kinds, mixed in at random positions, through the Kafka
/// path: the 950 valid ones are stored, the 50 are dead-lettered with their reasons, and no call throws.
/// </summary>
public sealed class DeadLetterEndToEndTests(KafkaEndToEndFixture api) : IClassFixture<KafkaEndToEndFixture>
{
    private const int BarsPerSymbol = 375;
    private const int Trades = 200;
    private const int Malformed = 50;

    private static readonly DateOnly FirstDay = new(2020, 1, 1);
    private static readonly DateTimeOffset TradingStart = new(2026, 11, 2, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task MixedBatch_FiftyMalformed_DeadLettersFifty()
    {
        string[] barSymbols = [MarketSamples.NewSymbol("DLA"), MarketSamples.NewSymbol("DLB")];
        string tradeSymbol = MarketSamples.NewSymbol("DLT");
        List<DailyBarRow> bars = [.. barSymbols.SelectMany(symbol => Enumerable.Range(0, BarsPerSymbol).Select(day => Row(symbol, day)))];
        List<SyntheticTrade> trades = [.. SyntheticTradeGenerator.Generate([tradeSymbol], Trades, TradingStart, seed: 31)];
        List<MalformedMessage> malformed = [.. Enumerable.Range(0, Malformed).Select(MalformedMessages.Create)];

        List<MarketDataMessage> messages =
        [
            .. bars.Select(MarketDataMessageFormatter.FormatDailyBar),
            .. trades.Select(MarketDataMessageFormatter.FormatTrade),
            .. malformed.Select(message => new MarketDataMessage("malformed", message.Raw)),
        ];
        new Random(17).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(messages));
        const string topic = "mixed-with-malformed";
        api.CreateTopic(topic, partitions: 2);

        await api.PublishAsync(topic, messages);
        KafkaDelivery delivery = await api.DeliverAsync(topic, "dead-letters", messages.Count);

        Assert.Equal(1_000, messages.Count);
        Assert.Equal(0, delivery.Loop.FailedCalls);
        Assert.Equal(new IngestionReport(Accepted: 950, Duplicates: 0, DeadLettered: 50), delivery.Report);
        foreach (string symbol in barSymbols)
        {
            IReadOnlyList<Bar> stored = await api.Reader.GetBarsAsync(symbol, BarInterval.OneDay, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 1_000, CancellationToken.None);
            List<DailyBarRow> expected = [.. bars.Where(row => row.Symbol == symbol)];
            Assert.Equal(BarsPerSymbol, stored.Count);
            Assert.Equal(expected.Select(row => decimal.Parse(row.Close, CultureInfo.InvariantCulture)), stored.Select(bar => bar.Close));
            Assert.Equal(expected.Select(row => (decimal?)decimal.Parse(row.Volume, CultureInfo.InvariantCulture)), stored.Select(bar => bar.Volume));
        }

        Assert.Equal(TradeMinutes.Expected(trades, tradeSymbol), await TradeMinutes.StoredAsync(api.Reader, tradeSymbol));
        await AssertDeadLettersAsync(malformed);
    }

    private async Task AssertDeadLettersAsync(List<MalformedMessage> malformed)
    {
        List<JsonElement> stored = await ReadDeadLettersAsync();
        var byRaw = stored.ToDictionary(document => document.GetProperty("raw_message").GetString()!);

        Assert.Equal(Malformed, stored.Count);
        foreach (MalformedMessage message in malformed)
        {
            Assert.True(byRaw.TryGetValue(message.Raw, out JsonElement document), $"No dead letter holds {message.Raw}");
            string? field = document.TryGetProperty("field", out JsonElement fieldValue) ? fieldValue.GetString() : null;
            string? reason = document.GetProperty("reason").GetString();
            Assert.Equal(message.Field, field);
            Assert.True(message.Matches(reason), $"Dead letter of {message.Raw} has reason '{reason}', expected {(message.ReasonIsPrefix ? "a reason starting with" : "")} '{message.Reason}'.");
            Assert.False(document.GetProperty("raw_truncated").GetBoolean());
        }
    }

    /// <summary>Reads the whole <c>dead_letters</c> container of this fixture's database in one query page.</summary>
    private async Task<List<JsonElement>> ReadDeadLettersAsync()
    {
        Container container = api.Cosmos.Container(TradingContainers.DeadLetters);

        // The Cosmos DB test server returns one page per query. TOP requests more documents than the test
        // writes, and the assertion below fails if that page came back full.
        var options = new QueryRequestOptions { EnableOptimisticDirectExecution = true, MaxItemCount = 1_000 };
        using FeedIterator<JsonElement> iterator = container.GetItemQueryIterator<JsonElement>("SELECT TOP 1000 * FROM c", requestOptions: options);
        FeedResponse<JsonElement> page = await iterator.ReadNextAsync();
        Assert.True(page.Count < 1_000, "The dead-letter listing filled its 1,000-document page; the count check would be incomplete.");
        return [.. page];
    }

    /// <summary>Daily bar <paramref name="day"/> after <see cref="FirstDay"/>, with a close from 100.0 to 100.9 inside a 99.5 to 101 range.</summary>
    private static DailyBarRow Row(string symbol, int day)
    {
        string close = string.Create(CultureInfo.InvariantCulture, $"100.{day % 10}");
        string volume = string.Create(CultureInfo.InvariantCulture, $"{(day + 1) * 10}");
        return new DailyBarRow(symbol, FirstDay.AddDays(day), "100.5", "101", "99.5", close, volume);
    }
}
