using Microsoft.Azure.Functions.Worker;

namespace Trading.Functions.MarketData;

/// <summary>
/// Security settings of the market-data Kafka trigger. Protocol and SASL mechanism are enum properties of
/// the trigger attribute, so they cannot come from app settings: the MSBuild property
/// <c>KafkaBrokerSecurity</c> picks them at compile time (SaslSsl by default, Plaintext defines
/// <c>KAFKA_PLAINTEXT</c>). User name and password are app setting names that the host resolves.
/// </summary>
internal static class KafkaTriggerSecurity
{
#if KAFKA_PLAINTEXT
    public const BrokerProtocol Protocol = BrokerProtocol.Plaintext;
    public const BrokerAuthenticationMode AuthenticationMode = BrokerAuthenticationMode.NotSet;

    // Null leaves the attribute property unset, so functions.metadata carries no username or password.
    public const string? UsernameSetting = null;
    public const string? PasswordSetting = null;
#else
    // Confluent Cloud (API key and secret) and the Event Hubs Kafka endpoint ("$ConnectionString" and the
    // namespace connection string) both use SASL_SSL with the PLAIN mechanism.
    public const BrokerProtocol Protocol = BrokerProtocol.SaslSsl;
    public const BrokerAuthenticationMode AuthenticationMode = BrokerAuthenticationMode.Plain;
    public const string? UsernameSetting = "%KafkaUsername%";
    public const string? PasswordSetting = "%KafkaPassword%";
#endif
}
