namespace Trading.IntegrationTests.Infrastructure;

/// <summary>
/// Endpoints of the local test services that <c>scripts/test.sh</c> starts on 127.0.0.1
/// (see <c>scripts/services.sh</c>).
/// </summary>
internal static class TestServiceEnvironment
{
    public const string CosmosEndpointVariable = "TRADING_TEST_COSMOS_ENDPOINT";
    public const string CosmosKeyVariable = "TRADING_TEST_COSMOS_KEY";
    public const string StorageConnectionVariable = "TRADING_TEST_STORAGE_CONNECTION";

    public static Uri CosmosEndpoint => new(GetRequired(CosmosEndpointVariable));

    public static string CosmosKey => GetRequired(CosmosKeyVariable);

    public static string StorageConnectionString => GetRequired(StorageConnectionVariable);

    // A missing variable fails the test instead of skipping it, because CI always sets them
    // and a skipped test there would hide a broken setup.
    private static string GetRequired(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"Environment variable {name} is not set. Run the tests with scripts/test.sh, which starts " +
                "Azurite and the Cosmos DB test server on 127.0.0.1 and sets it, or run " +
                "'scripts/services.sh start' and source .test-services/env.sh before 'dotnet test'.");
        }

        return value;
    }
}
