using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.MarketData.Import;

namespace Trading.MarketData;

public static class MarketDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers ingestion, CSV import and their helpers as singletons. Store, reader and notifier are
    /// added with TryAdd, so a host that registers a database store or a push notifier first keeps its
    /// own. Without them the in-memory store and the null notifier are used.
    /// </summary>
    public static IServiceCollection AddMarketData(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InMemoryMarketDataStore>();
        services.TryAddSingleton<IMarketDataStore>(provider => provider.GetRequiredService<InMemoryMarketDataStore>());
        services.TryAddSingleton<IMarketDataReader>(provider => provider.GetRequiredService<InMemoryMarketDataStore>());
        services.TryAddSingleton<IMarketNotifier>(NullMarketNotifier.Instance);
        services.TryAddSingleton<MarketMessageParser>();
        services.TryAddSingleton<OpenMinuteBarTracker>();
        services.TryAddSingleton<MarketDataMetrics>();
        services.TryAddSingleton<IMarketDataIngestion, MarketDataIngestion>();
        services.TryAddSingleton<HistoricalBarImporter>();
        return services;
    }
}
