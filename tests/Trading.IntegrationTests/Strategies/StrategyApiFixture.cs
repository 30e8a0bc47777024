using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.Auth;
using Trading.IntegrationTests.Support;
using Trading.MarketData;

namespace Trading.IntegrationTests.Strategies;

/// <summary>
/// A loopback host for strategy and backtest tests: test tokens map to users (see <see cref="TestTokenValidator"/>),
/// and market data goes to whatever store the app registers, or to the in-memory store when it registers none.
/// </summary>
public class StrategyApiFixture : ApiFixture
{
    public IMarketDataStore MarketStore => Host.Services.GetRequiredService<IMarketDataStore>();

    public IMarketDataReader MarketReader => Host.Services.GetRequiredService<IMarketDataReader>();

    /// <summary>Value of <c>Backtests:WaitSeconds</c>; null keeps the app's default.</summary>
    protected virtual int? WaitSeconds => null;

    public StrategyClient ClientFor(string userId) => new(Client, TestTokenValidator.TokenFor(userId));

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        if (WaitSeconds is { } seconds)
        {
            settings["Backtests:WaitSeconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return settings;
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<IAccessTokenValidator>();
        services.AddSingleton<IAccessTokenValidator, TestTokenValidator>();
        services.AddMarketData();
    }
}
