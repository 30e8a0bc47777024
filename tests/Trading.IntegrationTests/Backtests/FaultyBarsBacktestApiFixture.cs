using Microsoft.Extensions.DependencyInjection;
using Trading.MarketData;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// The synthetic-data host whose registered <see cref="IMarketDataReader"/> (the Cosmos reader) is wrapped in
/// a <see cref="FaultyBarReader"/>, so every backtest sleeve of <see cref="FaultedSymbol"/> fails while the
/// start-time data check still finds its bars.
/// </summary>
public sealed class FaultyBarsBacktestApiFixture : BacktestApiFixture
{
    public const string FaultedSymbol = "SYN.B";

    public FaultyBarReader FaultyReader => (FaultyBarReader)MarketReader;

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        ServiceDescriptor registered = services.Last(descriptor => descriptor.ServiceType == typeof(IMarketDataReader));
        services.Remove(registered);
        services.AddSingleton<IMarketDataReader>(provider => new FaultyBarReader(CreateInner(provider, registered), FaultedSymbol));
    }

    private static IMarketDataReader CreateInner(IServiceProvider provider, ServiceDescriptor registered)
    {
        if (registered.ImplementationInstance is IMarketDataReader instance)
        {
            return instance;
        }

        if (registered.ImplementationFactory is { } factory)
        {
            return (IMarketDataReader)factory(provider);
        }

        return (IMarketDataReader)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);
    }
}
