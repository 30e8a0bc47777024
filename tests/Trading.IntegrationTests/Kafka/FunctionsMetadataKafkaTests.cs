using System.Reflection;
using System.Text.Json;
using Trading.Functions.MarketData;

namespace Trading.IntegrationTests.Kafka;

/// <summary>
/// Checks the kafkaTrigger binding that the Worker SDK wrote into functions.metadata at build time. The
/// same binding must come out whether the build used the Kafka extension package or the stand-in attribute.
/// </summary>
public sealed class FunctionsMetadataKafkaTests
{
    private static readonly Lazy<JsonElement> KafkaBinding = new(ReadKafkaBinding);

    [Theory]
    [InlineData("type", "kafkaTrigger")]
    [InlineData("direction", "In")]
    [InlineData("name", "messages")]
    [InlineData("brokerList", "%KafkaBrokerList%")]
    [InlineData("topic", "%KafkaMarketDataTopic%")]
    [InlineData("consumerGroup", "%KafkaConsumerGroup%")]
    [InlineData("cardinality", "Many")]
    [InlineData("dataType", "String")]
    public void KafkaBinding_Property_HasExpectedValue(string property, string expected)
    {
        Assert.True(KafkaBinding.Value.TryGetProperty(property, out JsonElement value), $"binding has no '{property}': {KafkaBinding.Value}");
        Assert.Equal(expected, value.GetString());
    }

    [Fact]
    public void KafkaBinding_SettingNames_MatchFunctionConstants()
    {
        Assert.Equal($"%{MarketDataKafkaFunction.BrokerListSetting}%", KafkaBinding.Value.GetProperty("brokerList").GetString());
        Assert.Equal($"%{MarketDataKafkaFunction.TopicSetting}%", KafkaBinding.Value.GetProperty("topic").GetString());
        Assert.Equal($"%{MarketDataKafkaFunction.ConsumerGroupSetting}%", KafkaBinding.Value.GetProperty("consumerGroup").GetString());
    }

    [Fact]
    public void KafkaBinding_IsBatched_ReplacedByCardinality()
    {
        Assert.False(KafkaBinding.Value.TryGetProperty("isBatched", out _), $"binding still carries isBatched: {KafkaBinding.Value}");
    }

    [Fact]
    public void KafkaBinding_Security_MatchesBuildProfile()
    {
        bool plaintext = KafkaBinding.Value.TryGetProperty("protocol", out JsonElement protocol) && protocol.GetString() == "Plaintext";

        if (plaintext)
        {
            Assert.False(KafkaBinding.Value.TryGetProperty("password", out _), "a Plaintext build must not name a password setting");
        }
        else
        {
            Assert.Equal("SaslSsl", protocol.GetString());
            Assert.Equal("Plain", KafkaBinding.Value.GetProperty("authenticationMode").GetString());
            Assert.Equal("%KafkaUsername%", KafkaBinding.Value.GetProperty("username").GetString());
            Assert.Equal("%KafkaPassword%", KafkaBinding.Value.GetProperty("password").GetString());
        }
    }

    [Fact]
    public void IngestMarketData_Metadata_HasRetryPolicy()
    {
        JsonElement function = FindFunction(nameof(MarketDataKafkaFunction.IngestMarketData));

        Assert.Equal("exponentialBackoff", function.GetProperty("retry").GetProperty("strategy").GetString());
        Assert.Equal(5, function.GetProperty("retry").GetProperty("maxRetryCount").GetInt32());
    }

    private static JsonElement ReadKafkaBinding()
    {
        JsonElement function = FindFunction(nameof(MarketDataKafkaFunction.IngestMarketData));
        JsonElement[] bindings = function.GetProperty("bindings").EnumerateArray()
            .Where(binding => binding.GetProperty("type").GetString() == "kafkaTrigger")
            .ToArray();
        Assert.Single(bindings);
        return bindings[0];
    }

    private static JsonElement FindFunction(string name)
    {
        string path = FindMetadataFile();
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement[] functions = document.RootElement.EnumerateArray()
            .Where(function => function.GetProperty("name").GetString() == name)
            .Select(function => function.Clone())
            .ToArray();
        Assert.True(functions.Length == 1, $"expected one function '{name}' in {path}, found {functions.Length}");
        return functions[0];
    }

    // The Worker SDK writes functions.metadata next to the worker assembly, and the project reference copies
    // it into this test output. The Functions project's own bin folder is the fallback.
    private static string FindMetadataFile()
    {
        string workerDirectory = Path.GetDirectoryName(typeof(MarketDataKafkaFunction).Assembly.Location)!;
        string besideWorker = Path.Combine(workerDirectory, "functions.metadata");
        if (File.Exists(besideWorker))
        {
            return besideWorker;
        }

        string configuration = typeof(FunctionsMetadataKafkaTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string projectOutput = Path.Combine(KafkaTestData.RepositoryRoot(), "functions", "Trading.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(projectOutput), $"functions.metadata not found beside {typeof(MarketDataKafkaFunction).Assembly.Location} nor at {projectOutput}; build functions/Trading.Functions first.");
        return projectOutput;
    }
}
