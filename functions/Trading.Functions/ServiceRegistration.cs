using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Trading.Functions.Http;
using Trading.Functions.MarketData;
using Trading.Health;
using Trading.Infrastructure;
using Trading.Infrastructure.Accounts;
using Trading.Infrastructure.Auth;
using Trading.Infrastructure.Strategies;
using Trading.Strategies;
using Trading.Infrastructure.MarketData;
using Trading.MarketData;

namespace Trading.Functions;

/// <summary>
/// The one composition root, used by Program.cs and by the loopback test host, so tests run the
/// production wiring. Function classes themselves are activated by the host per invocation.
/// </summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddTradingPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddTradingInfrastructure(configuration);
        services.AddAccounts(configuration);
        services.AddTradingAuth(configuration);
        services.AddStrategyStorage();
        services.AddStrategyServices(configuration);
        // The Cosmos store goes first: AddMarketData falls back to the in-memory store only when none is registered.
        services.AddMarketDataStorage(configuration);
        services.AddMarketData();

        services.AddSingleton<HttpApi>();
        services.AddSingleton<HealthService>();
        services.AddSingleton<MarketBarsService>();

        return services;
    }
}
