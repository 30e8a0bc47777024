using System.Text.Json;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Trading.Functions.MarketData;
using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.Kafka;

/// <summary>
/// Replay tool → librdkafka mock broker → host-like batch delivery → the Kafka-triggered function, with a
/// recording ingestion service. These check delivery mechanics; ingestion rules are tested with the service.
/// </summary>
public sealed class MockBrokerReplayTests : IDisposable
{
    private const int MaxBatchSize = 50;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);
    private readonly KafkaMockCluster _cluster = new();

    public void Dispose() => _cluster.Dispose();

    [Fact]
    public void MockCluster_Bootstraps_ListenOnLoopbackOnly()
    {
        string[] servers = _cluster.BootstrapServers.Split(',');

        Assert.NotEmpty(servers);
        Assert.All(servers, server => Assert.StartsWith("127.0.0.1:", server, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ReplayedWikiBars_DeliveredInBatches_NoneLost()
    {
        string? csv = KafkaTestData.FindMarketDataFile(KafkaTestData.WikiPrices2014);
        Skip.If(csv is null, $"{KafkaTestData.WikiPrices2014} not found: set TRADING_MARKET_DATA_DIR or place the shared market data folder beside the repository.");
        const string topic = "market-data-bars";
        _cluster.CreateTopic(topic, partitions: 3);
        List<MarketDataMessage> published;
        using (var reader = File.OpenText(csv!))
        {
            published = DailyBarCsvReader.Read(reader, ["AAPL", "MSFT", "BRK_A"], new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31))
                .Select(MarketDataMessageFormatter.FormatDailyBar)
                .ToList();
        }

        PublishReport publishReport = await PublishAsync(topic, published);
        var ingestion = new RecordingMarketDataIngestion();
        var function = new MarketDataKafkaFunction(ingestion, NullLogger<MarketDataKafkaFunction>.Instance);
        var loop = new KafkaBatchDeliveryLoop(_cluster.BootstrapServers, topic, "bars-test", MaxBatchSize);
        DeliveryLoopResult result = await loop.RunAsync(function.IngestMarketData, published.Count, Deadline, CancellationToken.None);

        Assert.Equal(756, published.Count);
        Assert.Equal(756, publishReport.Delivered);
        Assert.Equal(0, publishReport.Failed);
        Assert.Equal(756, result.Delivered);
        Assert.Equal(756, ingestion.Messages.Count);
        Assert.Equal(published.Select(m => m.Value).Order(), ingestion.Messages.Order());
        Assert.All(ingestion.Batches, batch => Assert.InRange(batch.Count, 1, MaxBatchSize));
        Assert.True(ingestion.Batches.Count >= 756 / MaxBatchSize, $"expected at least {756 / MaxBatchSize} batches, got {ingestion.Batches.Count}");
        Assert.Equal(0, result.FailedCalls);
        Assert.Equal(756, result.Committed.Where(offset => offset.Offset != Offset.Unset).Sum(offset => offset.Offset.Value));
        AssertEachSymbolInDateOrder(ingestion.Messages);
    }

    [Fact]
    public async Task FailedFunctionCall_BatchStillCommitted_NextBatchesDelivered()
    {
        const string topic = "market-data-trades";
        _cluster.CreateTopic(topic, partitions: 2);
        var published = SyntheticTradeGenerator.Generate(["AAPL", "MSFT"], 150, new DateTimeOffset(2026, 1, 5, 14, 30, 0, TimeSpan.Zero), seed: 7)
            .Select(MarketDataMessageFormatter.FormatTrade)
            .ToList();

        await PublishAsync(topic, published);
        var ingestion = new RecordingMarketDataIngestion(failingCalls: 1);
        var function = new MarketDataKafkaFunction(ingestion, NullLogger<MarketDataKafkaFunction>.Instance);
        var loop = new KafkaBatchDeliveryLoop(_cluster.BootstrapServers, topic, "trades-test", MaxBatchSize);
        DeliveryLoopResult result = await loop.RunAsync(function.IngestMarketData, published.Count, Deadline, CancellationToken.None);

        Assert.Equal(1, result.FailedCalls);
        Assert.Equal(300, result.Delivered);
        Assert.Equal(published.Select(m => m.Value).Order(), ingestion.Messages.Order());
        Assert.Equal(300, result.Committed.Where(offset => offset.Offset != Offset.Unset).Sum(offset => offset.Offset.Value));
    }

    private async Task<PublishReport> PublishAsync(string topic, IReadOnlyList<MarketDataMessage> messages)
    {
        using IProducer<string, string> producer = MarketDataPublisher.CreateProducer(new ProducerConfig { BootstrapServers = _cluster.BootstrapServers });
        return await new MarketDataPublisher(producer).PublishAsync(topic, messages, messagesPerSecond: 0, CancellationToken.None);
    }

    // Keying by symbol puts a symbol on one partition, and a partition is consumed in order.
    private static void AssertEachSymbolInDateOrder(IEnumerable<string> messages)
    {
        var starts = messages
            .Select(message => JsonDocument.Parse(message).RootElement)
            .GroupBy(bar => bar.GetProperty("symbol").GetString()!, bar => bar.GetProperty("start").GetString()!);
        foreach (var symbol in starts)
        {
            Assert.Equal(symbol.Order(StringComparer.Ordinal), symbol);
        }
    }
}
