namespace Trading.UnitTests.MarketData;

/// <summary>
/// Location of the real price files: <c>TRADING_MARKET_DATA_DIR</c> when set, otherwise
/// <c>../shared/data/market</c> beside the repository root (the folder holding Functions.sln).
/// </summary>
internal static class MarketDataFolder
{
    public const string EnvironmentVariable = "TRADING_MARKET_DATA_DIR";

    public static string? Path { get; } = Find();

    public static string File(string name) => System.IO.Path.Combine(Path ?? throw new InvalidOperationException("The market data folder was not found."), name);

    private static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Functions.sln")))
            {
                string candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "data", "market"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
