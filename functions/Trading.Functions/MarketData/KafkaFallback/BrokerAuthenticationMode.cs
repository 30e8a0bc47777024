// Compiled only when the Kafka worker extension package is absent; same names as the package's enum.
namespace Microsoft.Azure.Functions.Worker;

/// <summary>SASL mechanism (librdkafka <c>sasl.mechanism</c>).</summary>
public enum BrokerAuthenticationMode
{
    NotSet = -1,
    Gssapi,
    Plain,
    ScramSha256,
    ScramSha512,
    OAuthBearer,
}
