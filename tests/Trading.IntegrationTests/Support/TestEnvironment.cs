namespace Trading.IntegrationTests.Support;

/// <summary>
/// Endpoints of the real local services that scripts/test.sh starts (Azurite and the Cosmos server).
/// A missing variable fails the test with the command to run, because CI always sets them.
/// </summary>
public static class TestEnvironment
{
    public const string CosmosEndpointVariable = "TRADING_TEST_COSMOS_ENDPOINT";
    public const string CosmosKeyVariable = "TRADING_TEST_COSMOS_KEY";
    public const string StorageConnectionVariable = "TRADING_TEST_STORAGE_CONNECTION";

    /// <summary>HS256 key (32 random bytes, base64) that test hosts sign access tokens with; used nowhere else.</summary>
    public const string AuthSigningKey = "+Bgr8Yu+TOJAbwB84InZIzpNjUk4E6IkBlcyufwpGd0=";

    public static string CosmosEndpoint => Require(CosmosEndpointVariable);

    public static string CosmosKey => Require(CosmosKeyVariable);

    public static string StorageConnection => Require(StorageConnectionVariable);

    /// <summary>The real market data folder, or null when it is absent (tests that need it then skip).</summary>
    public static string? MarketDataDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("TRADING_MARKET_DATA_DIR");
            if (!string.IsNullOrEmpty(configured))
            {
                return Directory.Exists(configured) ? configured : null;
            }

            var candidate = Path.Combine(RepositoryRoot, "..", "shared", "data", "market");
            return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Functions.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Functions.sln was not found above the test output folder.");
        }
    }

    /// <summary>App settings for a loopback host using its own database, so test classes never share state.</summary>
    public static Dictionary<string, string?> AppSettings(string database) => new()
    {
        ["Cosmos:Endpoint"] = CosmosEndpoint,
        ["Cosmos:Key"] = CosmosKey,
        ["Cosmos:Database"] = database,
        ["Cosmos:CreateIfMissing"] = "true",
        ["Cosmos:AcceptLocalCertificate"] = "true",
        ["Storage:ConnectionString"] = StorageConnection,
        ["Storage:BacktestContainer"] = "backtests",
        ["Auth:SigningKey"] = AuthSigningKey,

        // The lowest value the settings accept, about 6 times faster than the 600,000 default, so that
        // suites registering many users stay quick. The hashing code path is the same.
        ["Auth:PasswordIterations"] = "100000",
    };

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Environment variable {variable} is not set; run the tests through scripts/test.sh, which starts the local services.");
}
