using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Backtests;

/// <summary>A fact that is skipped, with the reason, when the real market data folder is absent.</summary>
public sealed class RealMarketDataFactAttribute : FactAttribute
{
    public RealMarketDataFactAttribute()
    {
        if (TestEnvironment.MarketDataDirectory is null)
        {
            Skip = "Real market data not found: set TRADING_MARKET_DATA_DIR or place the files in ../shared/data/market beside the repository.";
        }
    }
}
