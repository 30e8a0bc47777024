using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.Infrastructure.MarketData;
using Trading.MarketData;
using Trading.MarketData.Import;

namespace Trading.Functions.MarketData;

/// <summary>
/// Registers market-data storage, the ingestion service that the Kafka trigger calls, the CSV importer
/// and the services of the market endpoints. Needs a <see cref="TimeProvider"/> registration.
/// </summary>
public static class MarketDataRegistration
{
    public static IServiceCollection AddMarketData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMarketDataStorage(configuration);
        services.AddMetrics();
        services.TryAddSingleton<MarketMessageParser>();
        services.TryAddSingleton<OpenMinuteBarTracker>();
        services.TryAddSingleton<MarketDataMetrics>();
        services.TryAddSingleton<IMarketDataIngestion, MarketDataIngestion>();
        services.TryAddSingleton<HistoricalBarImporter>();
        services.TryAddSingleton<MarketBarsService>();
        return services;
    }
}
