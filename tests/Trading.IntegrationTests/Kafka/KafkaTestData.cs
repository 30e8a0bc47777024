namespace Trading.IntegrationTests.Kafka;

/// <summary>Locates the real market data folder: TRADING_MARKET_DATA_DIR, else ../shared/data/market beside the repository.</summary>
internal static class KafkaTestData
{
    public const string WikiPrices2014 = "wiki-prices-2014.csv";

    /// <summary>Full path of <paramref name="fileName"/> in the market data folder, or null when the folder or file is absent.</summary>
    public static string? FindMarketDataFile(string fileName)
    {
        string? configured = Environment.GetEnvironmentVariable("TRADING_MARKET_DATA_DIR");
        string directory = !string.IsNullOrEmpty(configured)
            ? configured
            : Path.Combine(RepositoryRoot(), "..", "shared", "data", "market");
        string path = Path.GetFullPath(Path.Combine(directory, fileName));
        return File.Exists(path) ? path : null;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Functions.sln was not found above the test output folder {AppContext.BaseDirectory}.");
    }
}
