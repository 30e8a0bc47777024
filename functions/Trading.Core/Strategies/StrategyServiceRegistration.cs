using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Trading.Backtests;

namespace Trading.Strategies;

/// <summary>Registers the application services of strategies and backtests and validates their settings at start-up.</summary>
public static class StrategyServiceRegistration
{
    public static IServiceCollection AddStrategyServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BacktestOptions>().Bind(configuration.GetSection(BacktestOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BacktestOptions>, BacktestOptionsValidator>();

        services.AddSingleton<StrategyService>();
        services.AddSingleton<BacktestService>();
        services.AddSingleton<BacktestRunner>();
        services.AddSingleton<DailyBarLoader>();
        services.AddSingleton<MarketDataCoverage>();
        return services;
    }
}
