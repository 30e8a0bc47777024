using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.MarketData;

namespace Trading.Infrastructure.MarketData;

/// <summary>
/// Registers the Cosmos DB market-data store and reader. Call it before
/// <see cref="MarketDataServiceCollectionExtensions.AddMarketData"/>, which adds the in-memory store only
/// when none is registered. Needs the <c>CosmosDatabase</c> of
/// <see cref="InfrastructureRegistration.AddTradingInfrastructure"/> or an equivalent registration.
/// </summary>
public static class MarketDataStorageRegistration
{
    public static IServiceCollection AddMarketDataStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MarketDataStoreOptions>().Bind(configuration.GetSection(MarketDataStoreOptions.Section));
        services.TryAddSingleton<IMarketDataStore, CosmosMarketDataStore>();
        services.TryAddSingleton<IMarketDataReader, CosmosMarketDataReader>();
        return services;
    }
}
