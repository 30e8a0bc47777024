using Microsoft.Extensions.Logging.Abstractions;
using Trading.Functions.MarketData;

namespace Trading.IntegrationTests.Kafka;

public sealed class MarketDataKafkaFunctionTests
{
    [Fact]
    public async Task IngestMarketData_NullValue_PassedAsEmptyString()
    {
        var ingestion = new RecordingMarketDataIngestion();
        var function = new MarketDataKafkaFunction(ingestion, NullLogger<MarketDataKafkaFunction>.Instance);

        await function.IngestMarketData(["{}", null!, "x"], CancellationToken.None);

        Assert.Equal(["{}", "", "x"], Assert.Single(ingestion.Batches));
    }

    [Fact]
    public async Task IngestMarketData_EmptyBatch_DoesNotCallIngestion()
    {
        var ingestion = new RecordingMarketDataIngestion();
        var function = new MarketDataKafkaFunction(ingestion, NullLogger<MarketDataKafkaFunction>.Instance);

        await function.IngestMarketData([], CancellationToken.None);

        Assert.Empty(ingestion.Batches);
    }

    [Fact]
    public async Task IngestMarketData_IngestionThrows_Rethrows()
    {
        var ingestion = new RecordingMarketDataIngestion(failingCalls: 1);
        var function = new MarketDataKafkaFunction(ingestion, NullLogger<MarketDataKafkaFunction>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => function.IngestMarketData(["{}"], CancellationToken.None));
    }
}
