using System.Globalization;
using System.Net;
using System.Text.Json;
using Trading.IntegrationTests.MarketData;
using Trading.MarketData;
using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>
/// Quotes through the Kafka path. Bar messages do not set quotes (a quote is the newest trade), so these
/// tests publish trades: an in-order history, then each symbol's newest trade at a known price, then
/// earlier trades that arrive late. The quote endpoint must end at the known price.
/// </summary>
public sealed class QuoteOrderEndToEndTests(KafkaEndToEndFixture api) : IClassFixture<KafkaEndToEndFixture>
{
    /// <summary>Small batches, so the quote is read back after many separate function calls.</summary>
    private const int BatchSize = 50;

    private static readonly DateTimeOffset TradingStart = new(2026, 11, 2, 14, 30, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset NewestTradeTime = TradingStart.AddMinutes(10);

    [Fact]
    public async Task Quote_LateEarlierTrades_StaysAtNewest()
    {
        // The last 2014 closes of AAPL, MSFT and BRK_A in wiki-prices-2014.csv, as known final prices.
        string[] symbols = [MarketSamples.NewSymbol("QA"), MarketSamples.NewSymbol("QM"), MarketSamples.NewSymbol("QB")];
        decimal[] finalPrices = [110.38m, 46.45m, 226000.0m];
        List<SyntheticTrade> history = [.. SyntheticTradeGenerator.Generate(symbols, 100, TradingStart, seed: 5)];
        List<SyntheticTrade> newest = [.. symbols.Select((symbol, i) => new SyntheticTrade(symbol, finalPrices[i], 7m + i, NewestTradeTime, $"{symbol}-newest"))];

        // Earlier trades that arrive after the newest one: a second feed's history, and one trade a
        // millisecond before the newest one at a far-off price.
        List<SyntheticTrade> late = [.. SyntheticTradeGenerator.Generate(symbols, 40, TradingStart, seed: 6)];
        late.AddRange(symbols.Select(symbol => new SyntheticTrade(symbol, 1.01m, 1m, NewestTradeTime.AddMilliseconds(-1), $"{symbol}-late")));

        const string topic = "trades-quote-order";
        api.CreateTopic(topic, partitions: 3);
        var observed = new List<Quote>();
        Func<Task> readQuotes = async () => observed.AddRange(await QuotesAsync(symbols));

        await api.PublishAsync(topic, [.. history.Concat(newest).Select(MarketDataMessageFormatter.FormatTrade)]);
        KafkaDelivery inOrder = await api.DeliverAsync(topic, "quote-order", history.Count + newest.Count, BatchSize, readQuotes);
        int observedInOrder = observed.Count;
        await api.PublishAsync(topic, [.. late.Select(MarketDataMessageFormatter.FormatTrade)]);
        KafkaDelivery lateDelivery = await api.DeliverAsync(topic, "quote-order", late.Count, BatchSize, readQuotes);

        Assert.Equal(new IngestionReport(Accepted: 303, Duplicates: 0, DeadLettered: 0), inOrder.Report);
        Assert.Equal(new IngestionReport(Accepted: 123, Duplicates: 0, DeadLettered: 0), lateDelivery.Report);
        Assert.True(lateDelivery.Loop.BatchSizes.Count >= 3, $"123 late trades in batches of {BatchSize} need at least 3 calls, got {lateDelivery.Loop.BatchSizes.Count}.");
        for (int i = 0; i < symbols.Length; i++)
        {
            string symbol = symbols[i];
            List<Quote> seen = [.. observed.Where(quote => quote.Symbol == symbol)];
            Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.False(pair.First.IsNewerThan(pair.Second), $"The quote of {symbol} moved back from {pair.First} to {pair.Second}."));
            Assert.All(observed.Skip(observedInOrder).Where(quote => quote.Symbol == symbol), quote => Assert.Equal(finalPrices[i], quote.Price));
            await AssertQuoteEndpointAsync(symbol, finalPrices[i], newest[i].Size);
        }
    }

    private async Task AssertQuoteEndpointAsync(string symbol, decimal price, decimal size)
    {
        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync($"v1/market/{symbol}/quote");
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET quote of {symbol} returned {response.StatusCode}: {text}");
        using JsonDocument body = JsonDocument.Parse(text);

        Assert.Equal(symbol, body.RootElement.GetProperty("symbol").GetString());
        Assert.Equal(price.ToString(CultureInfo.InvariantCulture), body.RootElement.GetProperty("price").GetRawText());
        Assert.Equal(size, body.RootElement.GetProperty("size").GetDecimal());
        Assert.Equal(NewestTradeTime, body.RootElement.GetProperty("timestamp").GetDateTimeOffset());
    }

    private async Task<List<Quote>> QuotesAsync(IEnumerable<string> symbols)
    {
        var quotes = new List<Quote>();
        foreach (string symbol in symbols)
        {
            if (await api.Reader.GetQuoteAsync(symbol, CancellationToken.None) is { } quote)
            {
                quotes.Add(quote);
            }
        }

        return quotes;
    }
}
