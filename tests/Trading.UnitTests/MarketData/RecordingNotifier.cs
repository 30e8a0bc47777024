using Trading.MarketData;

namespace Trading.UnitTests.MarketData;

/// <summary>Notifier that records the events it receives, or throws while <see cref="Fail"/> is set, to test that a failed push never undoes a write.</summary>
internal sealed class RecordingNotifier : IMarketNotifier
{
    public bool Fail { get; set; }

    public List<Quote> Quotes { get; } = [];

    public List<Bar> ClosedBars { get; } = [];

    public Task QuotesUpdatedAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("push channel unavailable");
        }

        Quotes.AddRange(quotes);
        return Task.CompletedTask;
    }

    public Task BarsClosedAsync(IReadOnlyList<Bar> bars, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("push channel unavailable");
        }

        ClosedBars.AddRange(bars);
        return Task.CompletedTask;
    }
}
