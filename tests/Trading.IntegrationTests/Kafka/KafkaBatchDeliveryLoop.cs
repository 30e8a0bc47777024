using Confluent.Kafka;

namespace Trading.IntegrationTests.Kafka;

/// <summary>
/// Consumes a topic and hands batches to a Kafka-triggered function the way the Functions host's Kafka
/// extension does for <c>IsBatched = true</c> with <c>string[]</c>: up to <see cref="MaxBatchSize"/> message
/// values per call, and the batch's offsets committed after the call even when it throws (the extension's
/// default without <c>commitOnFailure: false</c>). Host retry policies are not modelled.
/// </summary>
public sealed class KafkaBatchDeliveryLoop(string bootstrapServers, string topic, string groupId, int maxBatchSize)
{
    public int MaxBatchSize { get; } = maxBatchSize > 0 ? maxBatchSize : throw new ArgumentOutOfRangeException(nameof(maxBatchSize));

    /// <summary>
    /// Delivers batches until <paramref name="expectedMessages"/> messages have been handed over or
    /// <paramref name="deadline"/> passes (a guard against a hung broker, not a speed check).
    /// </summary>
    public Task<DeliveryLoopResult> RunAsync(Func<string[], CancellationToken, Task> invokeFunction, int expectedMessages, TimeSpan deadline, CancellationToken cancellationToken) =>
        Task.Run(() => Run(invokeFunction, expectedMessages, deadline, cancellationToken), cancellationToken);

    private async Task<DeliveryLoopResult> Run(Func<string[], CancellationToken, Task> invokeFunction, int expectedMessages, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = groupId,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,

            // Short timeouts: a consumer that left or died is noticed in seconds, not the default 45 s.
            SessionTimeoutMs = 6000,
            HeartbeatIntervalMs = 500,
        };

        using var consumer = new ConsumerBuilder<string, string>(config).Build();
        consumer.Subscribe(topic);
        var batchSizes = new List<int>();
        int delivered = 0;
        int failedCalls = 0;
        var stopAt = DateTime.UtcNow + deadline;

        try
        {
            while (delivered < expectedMessages && DateTime.UtcNow < stopAt)
            {
                cancellationToken.ThrowIfCancellationRequested();
                List<ConsumeResult<string, string>> batch = ReadBatch(consumer);
                if (batch.Count == 0)
                {
                    continue;
                }

                string[] values = batch.Select(result => result.Message.Value).ToArray();
                try
                {
                    await invokeFunction(values, cancellationToken);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    failedCalls++;
                }

                consumer.Commit(NextOffsets(batch));
                batchSizes.Add(values.Length);
                delivered += values.Length;
            }

            List<TopicPartitionOffset> committed = consumer.Committed(TimeSpan.FromSeconds(10));
            return new DeliveryLoopResult(delivered, batchSizes, failedCalls, committed);
        }
        finally
        {
            consumer.Close();
        }
    }

    private List<ConsumeResult<string, string>> ReadBatch(IConsumer<string, string> consumer)
    {
        var batch = new List<ConsumeResult<string, string>>(MaxBatchSize);
        ConsumeResult<string, string>? result = consumer.Consume(TimeSpan.FromMilliseconds(250));
        while (result is not null)
        {
            batch.Add(result);
            if (batch.Count == MaxBatchSize)
            {
                break;
            }

            result = consumer.Consume(TimeSpan.Zero);
        }

        return batch;
    }

    private static IEnumerable<TopicPartitionOffset> NextOffsets(IEnumerable<ConsumeResult<string, string>> batch) =>
        batch.GroupBy(result => result.TopicPartition)
            .Select(group => new TopicPartitionOffset(group.Key, group.Max(result => result.Offset.Value) + 1));
}
