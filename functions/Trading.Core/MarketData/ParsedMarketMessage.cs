namespace Trading.MarketData;

/// <summary>
/// Outcome of parsing one raw message: a trade, a bar, or a rejection with the JSON field it is about
/// (<see cref="Field"/> is null when the message as a whole is invalid, such as broken JSON).
/// </summary>
public readonly record struct ParsedMarketMessage(MarketMessageKind Kind, Trade? Trade, Bar? Bar, string? Field, string? Reason)
{
    public bool IsValid => Kind != MarketMessageKind.Invalid;

    public static ParsedMarketMessage Reject(string? field, string reason) => new(MarketMessageKind.Invalid, null, null, field, reason);

    public static ParsedMarketMessage Of(Trade trade) => new(MarketMessageKind.Trade, trade, null, null, null);

    public static ParsedMarketMessage Of(Bar bar) => new(MarketMessageKind.Bar, null, bar, null, null);

    /// <summary>Returns the rejection as one line, <c>field: reason</c>, as stored in dead letters.</summary>
    public string DescribeRejection() => Field is null ? Reason ?? string.Empty : $"{Field}: {Reason}";
}
