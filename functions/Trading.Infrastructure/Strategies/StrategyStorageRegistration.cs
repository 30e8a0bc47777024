using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.Backtests;
using Trading.Infrastructure.Backtests;
using Trading.Strategies;

namespace Trading.Infrastructure.Strategies;

/// <summary>Registers the Cosmos DB and Blob Storage adapters of strategies and backtests.</summary>
public static class StrategyStorageRegistration
{
    public static IServiceCollection AddStrategyStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IStrategyRepository, CosmosStrategyRepository>();
        services.TryAddSingleton<IBacktestRepository, CosmosBacktestRepository>();
        services.TryAddSingleton<IBacktestResultStore, BlobBacktestResultStore>();
        return services;
    }
}
