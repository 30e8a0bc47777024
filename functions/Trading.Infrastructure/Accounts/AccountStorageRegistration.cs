using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.Accounts;

namespace Trading.Infrastructure.Accounts;

/// <summary>Registers the Cosmos DB adapters of accounts and portfolios.</summary>
public static class AccountStorageRegistration
{
    public static IServiceCollection AddAccountStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IAccountOpener, CosmosAccountOpener>();
        return services;
    }
}
