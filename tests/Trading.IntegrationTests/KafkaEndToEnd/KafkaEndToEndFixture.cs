using System.Diagnostics.Metrics;
using System.Text.Json;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Trading.Functions.MarketData;
using Trading.IntegrationTests.Kafka;
using Trading.IntegrationTests.MarketData;
using Trading.MarketData;
using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>
/// A loopback host with the production registrations (Cosmos DB market store, real ingestion service,
/// JWT auth with one registered user) and its own database, plus a librdkafka mock cluster. Messages go
/// through the replay tool's publisher, the mock broker and <see cref="KafkaBatchDeliveryLoop"/> into
/// <see cref="MarketDataKafkaFunction"/>, which is activated per batch from a fresh DI scope of the host,
/// as the worker activates a function class per invocation.
/// </summary>
public class KafkaEndToEndFixture : MarketApiFixture, IDisposable
{
    /// <summary>Messages per function call as the app's host.json sets it (<c>extensions.kafka.maxBatchSize</c>).</summary>
    public static int HostMaxBatchSize { get; } = ReadHostMaxBatchSize();

    /// <summary>Guard against a hung broker or consumer group, not a speed check.</summary>
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromMinutes(2);

    private readonly KafkaMockCluster cluster = new();
    private MetricCollector<long>? accepted;
    private MetricCollector<long>? duplicates;
    private MetricCollector<long>? deadLettered;

    /// <summary>Creates the report counters once the host has started and the user has logged in.</summary>
    protected override Task SeedAsync()
    {
        // The collectors listen to the host's own meter factory, so other hosts in the test process
        // (other test classes running in parallel) do not add to these counts.
        var meterFactory = Host.Services.GetRequiredService<IMeterFactory>();
        accepted = new MetricCollector<long>(meterFactory, MarketDataMetrics.MeterName, "trading.market_data.messages.accepted");
        duplicates = new MetricCollector<long>(meterFactory, MarketDataMetrics.MeterName, "trading.market_data.messages.duplicate");
        deadLettered = new MetricCollector<long>(meterFactory, MarketDataMetrics.MeterName, "trading.market_data.messages.dead_lettered");
        return Task.CompletedTask;
    }

    /// <summary>Stops the report counters and destroys the mock cluster.</summary>
    public void Dispose()
    {
        accepted?.Dispose();
        duplicates?.Dispose();
        deadLettered?.Dispose();
        cluster.Dispose();
        GC.SuppressFinalize(this);
    }

    public void CreateTopic(string topic, int partitions) => cluster.CreateTopic(topic, partitions);

    /// <summary>Publishes with the replay tool's publisher and fails the test unless the broker acknowledged every record.</summary>
    public async Task PublishAsync(string topic, IReadOnlyList<MarketDataMessage> messages)
    {
        using IProducer<string, string> producer = MarketDataPublisher.CreateProducer(new ProducerConfig { BootstrapServers = cluster.BootstrapServers });
        PublishReport report = await new MarketDataPublisher(producer).PublishAsync(topic, messages, messagesPerSecond: 0, CancellationToken.None);

        Assert.True(report.Failed == 0, $"{report.Failed} of {messages.Count} records were not acknowledged; first error: {report.FirstError}");
        Assert.Equal(messages.Count, report.Delivered);
    }

    /// <summary>
    /// Consumes <paramref name="topic"/> as consumer group <paramref name="groupId"/> until
    /// <paramref name="expectedMessages"/> messages have been handed to the function, and returns the
    /// delivery and the summed ingestion reports of those calls. <paramref name="afterBatch"/> runs after
    /// each call, before its offsets are committed. <paramref name="maxBatchSize"/> defaults to
    /// <see cref="HostMaxBatchSize"/>.
    /// </summary>
    public async Task<KafkaDelivery> DeliverAsync(string topic, string groupId, int expectedMessages, int? maxBatchSize = null, Func<Task>? afterBatch = null)
    {
        ClearReportCounts();
        var loop = new KafkaBatchDeliveryLoop(cluster.BootstrapServers, topic, groupId, maxBatchSize ?? HostMaxBatchSize);
        DeliveryLoopResult result = await loop.RunAsync(
            async (batch, cancellationToken) =>
            {
                await InvokeFunctionAsync(batch, cancellationToken);
                if (afterBatch is not null)
                {
                    await afterBatch();
                }
            },
            expectedMessages,
            DeliveryDeadline,
            CancellationToken.None);

        Assert.True(result.Delivered == expectedMessages, $"{result.Delivered} of {expectedMessages} messages reached the function within {DeliveryDeadline}.");
        var report = new IngestionReport(Sum(accepted!), Sum(duplicates!), Sum(deadLettered!));
        return new KafkaDelivery(result, report);
    }

    /// <summary>Checks that the host wires the real ingestion service to the Cosmos DB store, not a stand-in.</summary>
    public void AssertProductionWiring()
    {
        Assert.IsType<MarketDataIngestion>(Host.Services.GetRequiredService<IMarketDataIngestion>());
        Assert.Equal("CosmosMarketDataStore", Host.Services.GetRequiredService<IMarketDataStore>().GetType().Name);
        Assert.Equal("CosmosMarketDataReader", Reader.GetType().Name);
    }

    private async Task InvokeFunctionAsync(string[] batch, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = Host.Services.CreateAsyncScope();
        var function = ActivatorUtilities.CreateInstance<MarketDataKafkaFunction>(scope.ServiceProvider);
        await function.IngestMarketData(batch, cancellationToken);
    }

    private void ClearReportCounts()
    {
        accepted!.Clear();
        duplicates!.Clear();
        deadLettered!.Clear();
    }

    private static int ReadHostMaxBatchSize()
    {
        using JsonDocument hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        return hostJson.RootElement.GetProperty("extensions").GetProperty("kafka").GetProperty("maxBatchSize").GetInt32();
    }

    private static int Sum(MetricCollector<long> collector) =>
        (int)collector.GetMeasurementSnapshot().Sum(measurement => measurement.Value);
}
