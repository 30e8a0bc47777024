using Confluent.Kafka;

namespace Trading.IntegrationTests.Kafka;

/// <summary>What a <see cref="KafkaBatchDeliveryLoop"/> run delivered: message count, each batch's size, calls that threw, and the group's committed offsets.</summary>
public sealed record DeliveryLoopResult(int Delivered, IReadOnlyList<int> BatchSizes, int FailedCalls, IReadOnlyList<TopicPartitionOffset> Committed);
