using Trading.IntegrationTests.Kafka;
using Trading.MarketData;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>One run of the delivery loop: what the broker handed over, and the ingestion reports of its function calls added up.</summary>
public sealed record KafkaDelivery(DeliveryLoopResult Loop, IngestionReport Report);
