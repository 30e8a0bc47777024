using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Trading.Infrastructure.Cosmos;
using Trading.Infrastructure.MarketData;

namespace Trading.MarketData.ImportTool;

/// <summary>The Cosmos DB client, market-data store and importer, registered as the Functions app registers them.</summary>
public static class ToolServices
{
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddOptions<CosmosOptions>().Bind(configuration.GetSection(CosmosOptions.Section));
        services.AddSingleton<IValidateOptions<CosmosOptions>, CosmosOptionsValidator>();
        services.AddSingleton(provider => CosmosClientFactory.Create(provider.GetRequiredService<IOptions<CosmosOptions>>().Value));
        services.AddSingleton<CosmosDatabase>();
        services.AddMarketDataStorage(configuration);
        services.AddMarketData();
        return services.BuildServiceProvider(validateScopes: true);
    }
}
