// Compiled only when the Kafka worker extension package is absent; same names as the package's enum.
namespace Microsoft.Azure.Functions.Worker;

/// <summary>Security protocol of the broker connection (librdkafka <c>security.protocol</c>).</summary>
public enum BrokerProtocol
{
    NotSet = -1,
    Plaintext,
    Ssl,
    SaslPlaintext,
    SaslSsl,
}
