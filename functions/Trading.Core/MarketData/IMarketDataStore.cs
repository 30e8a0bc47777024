namespace Trading.MarketData;

/// <summary>
/// Write side of market-data storage. Every method takes a whole batch so an implementation can make
/// one round trip (or one bulk call) per batch and kind. Delivery is at least once, so every method is
/// idempotent: repeating a call with the same arguments changes nothing. Implementations may throw on
/// a storage failure; the caller then retries the whole batch, which is safe for the same reason.
/// </summary>
/// <remarks>
/// Suggested Cosmos DB layout: partition key = symbol for quotes and bars, document id =
/// <see cref="Bar.Id"/> for bars and the symbol for quotes; prices stored as decimal strings.
/// </remarks>
public interface IMarketDataStore
{
    /// <summary>
    /// Stores each quote unless the stored quote of its symbol is at least as new by
    /// <see cref="Quote.IsNewerThan"/>, so an out-of-order or redelivered trade never moves a quote
    /// backwards. The input has at most one quote per symbol. Returns the quotes that were written.
    /// Read-modify-write must use optimistic concurrency (ETag) and retry on conflict.
    /// </summary>
    Task<IReadOnlyList<Quote>> UpsertQuotesAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken);

    /// <summary>
    /// Stores bars as given, keyed by <see cref="Bar.Id"/> (symbol, interval, start): a bar replaces any
    /// stored bar with the same key, including one folded from trades, and later trades for that
    /// minute are then ignored (see <see cref="FoldTradesAsync"/>). Returns the bars whose stored content
    /// changed; storing a bar equal to the stored one is a no-op and is not returned.
    /// </summary>
    Task<IReadOnlyList<Bar>> UpsertBarsAsync(IReadOnlyList<Bar> bars, CancellationToken cancellationToken);

    /// <summary>
    /// Folds trades into their one-minute bars. For each update: read the stored bar of
    /// <see cref="MinuteTrades.BarId"/>. When it has an origin other than <see cref="BarOrigin.Trades"/>,
    /// leave it and count the trades as ignored. Otherwise apply <see cref="MinuteBarFold.Apply"/> to its
    /// <see cref="MinuteBarState"/> (null when absent) and write the new state back only if the stored
    /// state did not change in between (ETag), retrying on conflict. Trades already in the state's
    /// <see cref="MinuteBarState.TradeIds"/> are not folded again, so volume is never doubled.
    /// Returns one result per update, in input order.
    /// </summary>
    Task<IReadOnlyList<TradeFoldResult>> FoldTradesAsync(IReadOnlyList<MinuteTrades> updates, CancellationToken cancellationToken);

    /// <summary>
    /// Stores dead letters keyed by <see cref="DeadLetter.Id"/>. A dead letter whose id is already stored
    /// is skipped, so the first reception time is kept.
    /// </summary>
    Task AddDeadLettersAsync(IReadOnlyList<DeadLetter> deadLetters, CancellationToken cancellationToken);
}
