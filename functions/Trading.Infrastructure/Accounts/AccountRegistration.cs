using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.Accounts;
using Trading.Portfolio;

namespace Trading.Infrastructure.Accounts;

/// <summary>
/// Registers accounts and portfolios: the application services and their Cosmos DB adapters. The quote
/// reader and the notifiers are registered with TryAdd, so a feature that registers its own first keeps it.
/// </summary>
public static class AccountRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section));

        services.TryAddSingleton<IAccountOpener, CosmosAccountOpener>();
        services.TryAddSingleton<IAccountStore, CosmosAccountStore>();
        // Positions are valued at the quotes the market-data feature stores.
        services.TryAddSingleton<IQuoteReader, MarketDataQuoteReader>();
        services.TryAddSingleton<LoggingAccountNotifier>();
        services.TryAddSingleton<IAccountNotifier>(provider => provider.GetRequiredService<LoggingAccountNotifier>());
        services.TryAddSingleton<IPortfolioNotifier>(provider => provider.GetRequiredService<LoggingAccountNotifier>());

        services.TryAddSingleton<AccountMetrics>();
        services.TryAddSingleton<AccountLocks>();
        services.TryAddSingleton<LedgerOutbox>();
        services.TryAddSingleton<AccountChangeNotifier>();
        services.TryAddSingleton<AccountWriter>();
        services.TryAddSingleton<AccountService>();
        services.TryAddSingleton<PortfolioService>();

        return services;
    }
}
