namespace Trading.UnitTests.Backtesting;

/// <summary>A fact that is reported as skipped, with the reason, when the real market data folder is absent.</summary>
public sealed class MarketDataFactAttribute : FactAttribute
{
    public MarketDataFactAttribute()
    {
        if (MarketDataFolder.Path is null)
        {
            Skip = MarketDataFolder.SkipReason;
        }
    }
}
