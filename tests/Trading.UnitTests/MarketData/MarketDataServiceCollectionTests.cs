using Microsoft.Extensions.DependencyInjection;
using Trading.MarketData;
using Trading.MarketData.Import;

namespace Trading.UnitTests.MarketData;

public sealed class MarketDataServiceCollectionTests
{
    [Fact]
    public async Task AddMarketData_Defaults_IngestIntoSharedStore()
    {
        var services = new ServiceCollection().AddLogging().AddMarketData();
        using ServiceProvider provider = services.BuildServiceProvider(validateScopes: true);

        var ingestion = provider.GetRequiredService<IMarketDataIngestion>();
        IngestionReport report = await ingestion.IngestBatchAsync(
            [IngestionHarness.TradeJson("AAPL", 10m, 1m, DateTimeOffset.UtcNow.AddSeconds(-5))], CancellationToken.None);

        Assert.Equal(1, report.Accepted);
        Assert.NotNull(await provider.GetRequiredService<IMarketDataReader>().GetQuoteAsync("AAPL", CancellationToken.None));
        Assert.NotNull(provider.GetRequiredService<HistoricalBarImporter>());
    }

    [Fact]
    public void AddMarketData_RegisteredStore_IsKept()
    {
        var store = new InMemoryMarketDataStore();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IMarketDataStore>(store);

        services.AddMarketData();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Same(store, provider.GetRequiredService<IMarketDataStore>());
    }
}
