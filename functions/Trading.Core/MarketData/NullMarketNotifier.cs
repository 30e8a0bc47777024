namespace Trading.MarketData;

/// <summary>Notifier that sends nothing, for hosts without a push channel and for benchmarks.</summary>
public sealed class NullMarketNotifier : IMarketNotifier
{
    public static readonly NullMarketNotifier Instance = new();

    public Task QuotesUpdatedAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task BarsClosedAsync(IReadOnlyList<Bar> bars, CancellationToken cancellationToken) => Task.CompletedTask;
}
