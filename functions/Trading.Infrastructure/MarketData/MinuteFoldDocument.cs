namespace Trading.Infrastructure.MarketData;

/// <summary>
/// What a one-minute bar folded from trades needs to fold later trades exactly once (see
/// <see cref="Trading.MarketData.MinuteBarState"/>): the keys of the trades that set the open and the
/// close, and the ids of every trade folded so far. Stored inside the bar document.
/// </summary>
public sealed class MinuteFoldDocument
{
    public string OpenTimestamp { get; set; } = string.Empty;

    public string OpenTradeId { get; set; } = string.Empty;

    public string CloseTimestamp { get; set; } = string.Empty;

    public string CloseTradeId { get; set; } = string.Empty;

    public List<string> TradeIds { get; set; } = [];
}
