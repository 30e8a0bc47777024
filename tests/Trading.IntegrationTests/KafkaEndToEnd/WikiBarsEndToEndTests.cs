using System.Net;
using System.Text.Json;
using Trading.MarketData;
using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>
/// Replay publisher → mock broker → host-like batch delivery → Kafka-triggered function → real ingestion
/// service → Cosmos DB test server, read back through <see cref="IMarketDataReader"/> and the bars endpoint.
/// </summary>
public sealed class WikiBarsEndToEndTests(KafkaEndToEndFixture api) : IClassFixture<KafkaEndToEndFixture>
{
    [SkippableFact]
    public async Task WikiBars_ThroughKafka_StoredOnceWithCsvValues()
    {
        string? path = WikiBars.FindFile();
        Skip.If(path is null, WikiBars.SkipReason);
        api.AssertProductionWiring();
        List<MarketDataMessage> messages = WikiBars.Messages(path!);
        Dictionary<string, List<WikiRow>> expected = WikiBars.ExpectedRows(path!);
        const string topic = "wiki-bars-2014";
        api.CreateTopic(topic, partitions: 3);

        await api.PublishAsync(topic, messages);
        KafkaDelivery delivery = await api.DeliverAsync(topic, "trading-functions", messages.Count);

        Assert.Equal(756, messages.Count);
        Assert.Equal(0, delivery.Loop.FailedCalls);
        Assert.True(delivery.Loop.BatchSizes.Count >= 2, $"756 messages in batches of at most {KafkaEndToEndFixture.HostMaxBatchSize} need at least 2 calls, got {delivery.Loop.BatchSizes.Count}.");
        Assert.Equal(new IngestionReport(Accepted: 756, Duplicates: 0, DeadLettered: 0), delivery.Report);
        foreach ((string ticker, List<WikiRow> rows) in expected)
        {
            Assert.Equal(252, rows.Count);
            await AssertStoredAsync(ticker.Replace('_', '.'), rows);
        }

        // 2014-06-09 is the day of AAPL's 7:1 split: the unadjusted prices drop from about 645 to 93.
        Assert.Equal((555.68m, 557.03m, 552.021m, 553.13m, 8381600.0m), await OhlcvAsync("AAPL", new DateOnly(2014, 1, 2)));
        Assert.Equal((92.7m, 93.88m, 91.75m, 93.7m, 75414997.0m), await OhlcvAsync("AAPL", new DateOnly(2014, 6, 9)));
        Assert.Equal((46.73m, 47.44m, 46.45m, 46.45m, 21552450.0m), await OhlcvAsync("MSFT", new DateOnly(2014, 12, 31)));
        Assert.Equal((228180.0m, 228870.0m, 225403.0m, 226000.0m, 183.0m), await OhlcvAsync("BRK.A", new DateOnly(2014, 12, 31)));

        // A quote is the newest trade, so bar messages alone leave no quote behind.
        Assert.Null(await api.Reader.GetQuoteAsync("AAPL", CancellationToken.None));
        using HttpResponseMessage quote = await api.AuthorizedClient.GetAsync("v1/market/AAPL/quote");
        Assert.Equal(HttpStatusCode.NotFound, quote.StatusCode);
    }

    /// <summary>
    /// Checks the reader's bars and the bars endpoint's JSON against the CSV: every date exactly once, in
    /// order, with the file's OHLCV digits (the endpoint writes the stored decimals with their scale).
    /// </summary>
    private async Task AssertStoredAsync(string symbol, List<WikiRow> rows)
    {
        IReadOnlyList<Bar> stored = await api.Reader.GetBarsAsync(symbol, BarInterval.OneDay, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 1_000, CancellationToken.None);

        Assert.Equal(rows.Select(row => row.Start), stored.Select(bar => bar.Start));
        for (int i = 0; i < rows.Count; i++)
        {
            WikiRow row = rows[i];
            Bar bar = stored[i];
            Assert.Equal(symbol, bar.Symbol);
            Assert.Equal(BarOrigin.BarMessage, bar.Origin);
            Assert.Equal(
                (WikiRow.Number(row.Open), WikiRow.Number(row.High), WikiRow.Number(row.Low), WikiRow.Number(row.Close), (decimal?)WikiRow.Number(row.Volume)),
                (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume));
        }

        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync($"v1/market/{symbol}/bars?interval=1d&from=2014-01-01&to=2014-12-31");
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET bars of {symbol} returned {response.StatusCode}: {text}");
        using JsonDocument body = JsonDocument.Parse(text);
        JsonElement[] bars = [.. body.RootElement.GetProperty("bars").EnumerateArray()];

        Assert.Equal(symbol, body.RootElement.GetProperty("symbol").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("next_from").ValueKind);
        Assert.Equal(rows.Select(row => $"{row.Date:yyyy-MM-dd}T00:00:00Z"), bars.Select(bar => bar.GetProperty("start").GetString()));
        Assert.Equal(rows.Select(Cells), bars.Select(JsonCells));
    }

    private async Task<(decimal, decimal, decimal, decimal, decimal)> OhlcvAsync(string symbol, DateOnly date)
    {
        var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        IReadOnlyList<Bar> bars = await api.Reader.GetBarsAsync(symbol, BarInterval.OneDay, start, start.AddDays(1), 10, CancellationToken.None);
        Bar bar = Assert.Single(bars);
        Assert.NotNull(bar.Volume);
        return (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume.Value);
    }

    private static string Cells(WikiRow row) => $"{row.Open} {row.High} {row.Low} {row.Close} {row.Volume}";

    private static string JsonCells(JsonElement bar) =>
        string.Join(' ', new[] { "open", "high", "low", "close", "volume" }.Select(name => bar.GetProperty(name).GetRawText()));
}
