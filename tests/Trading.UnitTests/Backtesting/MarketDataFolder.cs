namespace Trading.UnitTests.Backtesting;

/// <summary>
/// Locates the real price files: $TRADING_MARKET_DATA_DIR, else ../shared/data/market beside the repository root
/// (the folder holding Functions.sln).
/// </summary>
internal static class MarketDataFolder
{
    public const string EnvironmentVariable = "TRADING_MARKET_DATA_DIR";

    // Declared first: static initialisers run in order and Locate reads RepositoryRoot.
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Path { get; } = Locate();

    public static string SkipReason =>
        $"Market data folder not found; set {EnvironmentVariable} or place the data at ../shared/data/market beside the repository.";

    private static string? Locate()
    {
        string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        string candidate = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : System.IO.Path.Combine(RepositoryRoot, "..", "shared", "data", "market");
        return Directory.Exists(candidate) ? System.IO.Path.GetFullPath(candidate) : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
