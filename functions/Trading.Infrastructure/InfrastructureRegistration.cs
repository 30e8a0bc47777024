using Azure.Storage.Blobs;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Trading.Health;
using Trading.Infrastructure.Cosmos;
using Trading.Infrastructure.Storage;

namespace Trading.Infrastructure;

/// <summary>Registers the storage adapters and validates their settings when the host starts.</summary>
public static class InfrastructureRegistration
{
    public static IServiceCollection AddTradingInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CosmosOptions>().Bind(configuration.GetSection(CosmosOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CosmosOptions>, CosmosOptionsValidator>();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        services.AddSingleton(provider => CosmosClientFactory.Create(provider.GetRequiredService<IOptions<CosmosOptions>>().Value));
        services.AddSingleton<CosmosDatabase>();
        services.AddHostedService<CosmosBootstrapService>();

        services.AddSingleton(provider => new BlobServiceClient(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));

        services.AddSingleton<IDependencyHealthCheck, CosmosHealthCheck>();
        services.AddSingleton<IDependencyHealthCheck, BlobStorageHealthCheck>();

        return services;
    }
}
