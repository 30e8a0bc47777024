using System.Text;

namespace Trading.IntegrationTests.Kafka;

/// <summary>
/// A librdkafka mock cluster: real Kafka protocol on ephemeral 127.0.0.1 ports, kept in memory by a
/// producer handle that this class owns (librdkafka runs the mock's broker threads inside that handle).
/// Topics are created with <c>rd_kafka_mock_topic_create</c> because the mock does not take admin API
/// CreateTopics. It keeps about 5 MiB per partition, so tests publish at most a few thousand small messages.
/// </summary>
public sealed class KafkaMockCluster : IDisposable
{
    private IntPtr _handle;
    private IntPtr _cluster;

    public KafkaMockCluster(int brokerCount = 1)
    {
        IntPtr conf = LibrdkafkaNative.ConfNew();
        var errors = new StringBuilder(512);
        _handle = LibrdkafkaNative.NewProducerHandle(conf, errors);
        if (_handle == IntPtr.Zero)
        {
            throw new InvalidOperationException($"rd_kafka_new failed for the mock cluster's owner handle: {errors}");
        }

        _cluster = LibrdkafkaNative.MockClusterNew(_handle, brokerCount);
        if (_cluster == IntPtr.Zero)
        {
            LibrdkafkaNative.Destroy(_handle);
            throw new InvalidOperationException("rd_kafka_mock_cluster_new returned null.");
        }

        // Consumer groups otherwise wait 3 s for more members before the first assignment.
        LibrdkafkaNative.TrySetInitialRebalanceDelay(_cluster, 0);
        BootstrapServers = LibrdkafkaNative.MockClusterBootstraps(_cluster);
    }

    /// <summary>Comma-separated <c>host:port</c> list of the mock brokers (127.0.0.1 addresses).</summary>
    public string BootstrapServers { get; }

    public static string LibraryPath => LibrdkafkaNative.LoadedLibraryPath;

    public void CreateTopic(string topic, int partitions, int replicationFactor = 1)
    {
        int error = LibrdkafkaNative.MockTopicCreate(_cluster, topic, partitions, replicationFactor);
        if (error != 0)
        {
            throw new InvalidOperationException($"rd_kafka_mock_topic_create('{topic}', {partitions}) failed with librdkafka error code {error}.");
        }
    }

    public void Dispose()
    {
        if (_cluster != IntPtr.Zero)
        {
            LibrdkafkaNative.MockClusterDestroy(_cluster);
            _cluster = IntPtr.Zero;
        }

        if (_handle != IntPtr.Zero)
        {
            LibrdkafkaNative.Destroy(_handle);
            _handle = IntPtr.Zero;
        }
    }
}
