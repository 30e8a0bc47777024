namespace Trading.UnitTests.MarketData;

/// <summary>A fact that is skipped, with the reason, when the real market data folder is absent.</summary>
public sealed class MarketDataFactAttribute : FactAttribute
{
    public MarketDataFactAttribute()
    {
        if (MarketDataFolder.Path is null)
        {
            Skip = $"Real market data not found: set {MarketDataFolder.EnvironmentVariable} or place the files in ../shared/data/market beside the repository.";
        }
    }
}
