namespace Trading.MarketData;

/// <summary>Field values read from one JSON message, before any domain rule is applied.</summary>
internal struct MessageFields
{
    public string? Type;
    public string? Symbol;
    public string? TradeId;
    public string? Interval;
    public decimal? Price;
    public decimal? Size;
    public decimal? Open;
    public decimal? High;
    public decimal? Low;
    public decimal? Close;
    public decimal? Volume;
    public DateTimeOffset? Timestamp;
    public DateTimeOffset? Start;

    public readonly bool HasAnyBarField => Interval is not null || Open is not null || High is not null || Low is not null
        || Close is not null || Volume is not null || Start is not null;

    public readonly bool HasAnyTradeField => Price is not null || Size is not null || Timestamp is not null || TradeId is not null;
}
