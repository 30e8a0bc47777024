using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.MarketData;

/// <summary>A fact that needs the real price files, skipped with the reason when their folder is absent.</summary>
public sealed class RealMarketDataFactAttribute : FactAttribute
{
    public RealMarketDataFactAttribute()
    {
        if (TestEnvironment.MarketDataDirectory is null)
        {
            Skip = "The real market data folder is absent: expected ../shared/data/market beside the repository, or set TRADING_MARKET_DATA_DIR.";
        }
    }
}
