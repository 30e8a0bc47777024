using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

// Compiled only when Microsoft.Azure.Functions.Worker.Extensions.Kafka does not restore (build/Kafka.targets).
// The namespace and member names are those of the package's attribute, so the function code compiles
// unchanged against either, and the Worker SDK writes the same kafkaTrigger binding into functions.metadata.
namespace Microsoft.Azure.Functions.Worker;

/// <summary>
/// Stand-in for the Kafka worker extension's trigger attribute. The Worker SDK names the binding after the
/// class (<c>KafkaTriggerAttribute</c> becomes <c>kafkaTrigger</c>), copies the constructor arguments under
/// their parameter names and the named arguments under their property names, and turns
/// <see cref="IsBatched"/> into <c>cardinality</c>.
/// </summary>
/// <remarks>
/// Unlike the package, this assembly carries no <c>[assembly: ExtensionInformation]</c>, so the generated
/// WorkerExtensions project does not pull the host-side Microsoft.Azure.WebJobs.Extensions.Kafka: a
/// Functions host running such a build cannot start the trigger. It only makes the build and the metadata
/// checks work where the package feed lacks the package.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter)]
[BindingCapabilities(KnownBindingCapabilities.FunctionLevelRetry)]
public sealed class KafkaTriggerAttribute : TriggerBindingAttribute, ISupportCardinality
{
    /// <param name="brokerList">Bootstrap servers, or the app setting that contains them.</param>
    /// <param name="topic">Topic name, or <c>%Name%</c> to read it from the app setting Name.</param>
    public KafkaTriggerAttribute(string brokerList, string topic)
    {
        BrokerList = brokerList;
        Topic = topic;
    }

    public string BrokerList { get; }

    public string Topic { get; }

    public string? ConsumerGroup { get; set; }

    /// <summary>Delivery of a batch of messages per invocation (<c>cardinality: Many</c>) instead of one.</summary>
    [DefaultValue(false)]
    public bool IsBatched { get; set; }

    /// <summary>SASL mechanism (librdkafka <c>sasl.mechanism</c>).</summary>
    public BrokerAuthenticationMode AuthenticationMode { get; set; } = BrokerAuthenticationMode.NotSet;

    /// <summary>Security protocol (librdkafka <c>security.protocol</c>).</summary>
    public BrokerProtocol Protocol { get; set; } = BrokerProtocol.NotSet;

    /// <summary>SASL user name, or the app setting that contains it.</summary>
    public string? Username { get; set; }

    /// <summary>SASL password, or the app setting that contains it.</summary>
    public string? Password { get; set; }

    /// <summary>CA certificate file that verifies the broker (librdkafka <c>ssl.ca.location</c>).</summary>
    public string? SslCaLocation { get; set; }

    /// <summary>Client certificate file (librdkafka <c>ssl.certificate.location</c>).</summary>
    public string? SslCertificateLocation { get; set; }

    /// <summary>Client private key file (librdkafka <c>ssl.key.location</c>).</summary>
    public string? SslKeyLocation { get; set; }

    /// <summary>Password of the client private key (librdkafka <c>ssl.key.password</c>).</summary>
    public string? SslKeyPassword { get; set; }

    Cardinality ISupportCardinality.Cardinality
    {
        get => IsBatched ? Cardinality.Many : Cardinality.One;
        set => IsBatched = value == Cardinality.Many;
    }
}
