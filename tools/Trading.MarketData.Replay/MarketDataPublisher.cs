using System.Diagnostics;
using Confluent.Kafka;

namespace Trading.MarketData.Replay;

/// <summary>
/// Publishes market-data messages to one topic, keyed by symbol, at a given rate. The producer is the
/// caller's, so tests can point it at a local mock cluster and the CLI at a real broker.
/// </summary>
public sealed class MarketDataPublisher(IProducer<string, string> producer)
{
    /// <summary>
    /// Creates a producer for replays. Acks from all in-sync replicas and idempotence keep retries from
    /// losing or reordering a symbol's messages. Kafka's murmur2 key partitioner puts a symbol on the same
    /// partition as the Java client would.
    /// </summary>
    public static IProducer<string, string> CreateProducer(ProducerConfig settings)
    {
        var config = new ProducerConfig(settings)
        {
            Acks = Acks.All,
            EnableIdempotence = true,
            Partitioner = Partitioner.Murmur2Random,
        };
        config.LingerMs ??= 5;
        return new ProducerBuilder<string, string>(config).Build();
    }

    /// <summary>
    /// Sends every message and waits for the broker's acknowledgements. With <paramref name="messagesPerSecond"/>
    /// above zero, message <c>i</c> is not sent before <c>i / rate</c> seconds after the start; zero or less
    /// sends as fast as the producer queue takes them.
    /// </summary>
    public async Task<PublishReport> PublishAsync(string topic, IEnumerable<MarketDataMessage> messages, double messagesPerSecond, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        int delivered = 0;
        int failed = 0;
        string? firstError = null;

        void OnDelivery(DeliveryReport<string, string> report)
        {
            if (report.Error.IsError)
            {
                Interlocked.Increment(ref failed);
                Interlocked.CompareExchange(ref firstError, $"{report.Error.Code}: {report.Error.Reason}", null);
            }
            else
            {
                Interlocked.Increment(ref delivered);
            }
        }

        var clock = Stopwatch.StartNew();
        long sent = 0;
        foreach (MarketDataMessage message in messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (messagesPerSecond > 0)
            {
                TimeSpan due = TimeSpan.FromSeconds(sent / messagesPerSecond);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken);
                }
            }

            Produce(topic, new Message<string, string> { Key = message.Key, Value = message.Value }, OnDelivery, cancellationToken);
            sent++;
        }

        // Flush serves the remaining delivery callbacks; it returns once the queue is empty or throws on cancellation.
        producer.Flush(cancellationToken);
        return new PublishReport(delivered, failed, firstError);
    }

    private void Produce(string topic, Message<string, string> message, Action<DeliveryReport<string, string>> onDelivery, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                producer.Produce(topic, message, onDelivery);
                return;
            }
            catch (ProduceException<string, string> exception) when (exception.Error.Code == ErrorCode.Local_QueueFull)
            {
                // The local queue is full: serve delivery reports until there is room again.
                cancellationToken.ThrowIfCancellationRequested();
                producer.Poll(TimeSpan.FromMilliseconds(100));
            }
        }
    }
}
