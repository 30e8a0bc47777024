namespace Trading.Infrastructure.MarketData;

/// <summary>
/// Fold state of a one-minute bar built from trades, stored inside the bar document so later trades
/// are folded exactly once (see <see cref="Trading.MarketData.MinuteBarState"/>). It contains the keys
/// of the trades that set the open and the close, and the ids of every trade folded so far.
/// </summary>
public sealed class MinuteFoldDocument
{
    public string OpenTimestamp { get; set; } = string.Empty;

    public string OpenTradeId { get; set; } = string.Empty;

    public string CloseTimestamp { get; set; } = string.Empty;

    public string CloseTradeId { get; set; } = string.Empty;

    public List<string> TradeIds { get; set; } = [];
}
