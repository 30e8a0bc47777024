using Microsoft.Extensions.DependencyInjection;
using Trading.Backtests;
using Trading.MarketData;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// The synthetic-data host whose registered <see cref="IMarketDataReader"/> (the Cosmos reader) is wrapped in
/// a <see cref="FaultyBarReader"/>, so every backtest sleeve of <see cref="FaultedSymbol"/> fails while the
/// start-time data check still finds its bars. The Cosmos backtest repository is wrapped in a
/// <see cref="StaleReadBacktestRepository"/>.
/// </summary>
public sealed class FaultyBarsBacktestApiFixture : BacktestApiFixture
{
    public const string FaultedSymbol = "SYN.B";

    public FaultyBarReader FaultyReader => (FaultyBarReader)MarketReader;

    public StaleReadBacktestRepository Backtests => (StaleReadBacktestRepository)Host.Services.GetRequiredService<IBacktestRepository>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        Decorate<IMarketDataReader>(services, inner => new FaultyBarReader(inner, FaultedSymbol));
        Decorate<IBacktestRepository>(services, inner => new StaleReadBacktestRepository(inner));
    }

    /// <summary>Replaces the last registration of <typeparamref name="TService"/> with a singleton wrapping it.</summary>
    private static void Decorate<TService>(IServiceCollection services, Func<TService, TService> wrap)
        where TService : class
    {
        ServiceDescriptor registered = services.Last(descriptor => descriptor.ServiceType == typeof(TService));
        services.Remove(registered);
        services.AddSingleton(provider => wrap(CreateInner<TService>(provider, registered)));
    }

    private static TService CreateInner<TService>(IServiceProvider provider, ServiceDescriptor registered)
        where TService : class
    {
        if (registered.ImplementationInstance is TService instance)
        {
            return instance;
        }

        if (registered.ImplementationFactory is { } factory)
        {
            return (TService)factory(provider);
        }

        return (TService)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);
    }
}
