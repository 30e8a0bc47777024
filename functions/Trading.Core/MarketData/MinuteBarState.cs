namespace Trading.MarketData;

/// <summary>
/// A one-minute bar folded from trades, with the data needed to fold more trades into it exactly once.
/// That is the ids of all trades already folded, and the (timestamp, trade id) keys of the trades that
/// set the open and the close. A store persists all of it with the bar, because a later batch may redeliver a
/// trade or bring an earlier one (which then becomes the open).
/// </summary>
/// <remarks>
/// NOTE: <see cref="TradeIds"/> grows by one 32-character id per trade, so a minute with about 50,000
/// trades reaches the 2 MB Cosmos DB item limit. That is far above what the feed sends per symbol today.
/// </remarks>
public sealed record MinuteBarState(
    Bar Bar,
    DateTimeOffset OpenTimestamp,
    string OpenTradeId,
    DateTimeOffset CloseTimestamp,
    string CloseTradeId,
    IReadOnlyCollection<string> TradeIds);
