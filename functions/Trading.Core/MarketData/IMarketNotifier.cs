namespace Trading.MarketData;

/// <summary>
/// Pushes market events (the <c>market</c> WebSocket hub, strategy triggers). Called after the storage
/// write succeeded; a failure is logged by the caller and never undoes or blocks that write.
/// </summary>
public interface IMarketNotifier
{
    /// <summary>Sends quotes that just replaced an older quote of their symbol.</summary>
    Task QuotesUpdatedAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken);

    /// <summary>
    /// Sends bars that are complete: stored bar messages, and one-minute bars folded from trades once
    /// their minute has ended by the clock or a later trade of the symbol arrived. A late trade can
    /// change a bar after it was sent, and then the bar is sent again; receivers replace by
    /// <see cref="Bar.Id"/>.
    /// </summary>
    Task BarsClosedAsync(IReadOnlyList<Bar> bars, CancellationToken cancellationToken);
}
