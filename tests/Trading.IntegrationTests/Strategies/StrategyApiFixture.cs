using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Trading.IntegrationTests.Auth;
using Trading.IntegrationTests.Support;
using Trading.MarketData;

namespace Trading.IntegrationTests.Strategies;

/// <summary>
/// A loopback host for strategy and backtest tests. Users register and log in through the auth endpoints,
/// and market data goes to whatever store the app registers, or to the in-memory store when it registers none.
/// </summary>
public class StrategyApiFixture : ApiFixture
{
    private readonly ConcurrentDictionary<string, Lazy<Task<StrategyClient>>> clients = new(StringComparer.Ordinal);

    public IMarketDataStore MarketStore => Host.Services.GetRequiredService<IMarketDataStore>();

    public IMarketDataReader MarketReader => Host.Services.GetRequiredService<IMarketDataReader>();

    /// <summary>Value of <c>Backtests:WaitSeconds</c>; null keeps the app's default.</summary>
    protected virtual int? WaitSeconds => null;

    /// <summary>Returns a client logged in as <paramref name="username"/>, registering the user on first use.</summary>
    public Task<StrategyClient> ClientForAsync(string username) =>
        clients.GetOrAdd(username, name => new Lazy<Task<StrategyClient>>(() => LoginAsync(name))).Value;

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
        services.AddMarketData();
    }

    private async Task<StrategyClient> LoginAsync(string username)
    {
        Session session = await new AuthClient(Client).RegisterAndLoginAsync(username);
        return new StrategyClient(Client, session.AccessToken);
    }
}
