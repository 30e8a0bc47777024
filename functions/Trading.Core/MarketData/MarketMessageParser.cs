namespace Trading.MarketData;

/// <summary>
/// Parses and validates one raw market-data message. The <c>type</c> field (<c>trade</c> or <c>bar</c>)
/// is optional: without it a message with any bar field (<c>interval</c>, <c>open</c>, <c>start</c>, ...)
/// is a bar and one with <c>price</c> is a trade. Every rule failure names the JSON field.
/// </summary>
public sealed class MarketMessageParser(TimeProvider timeProvider)
{
    /// <summary>How far a timestamp or bar start may lie after the injected clock before it is rejected.</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);

    public const int MaxTradeIdLength = 64;

    public ParsedMarketMessage Parse(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ParsedMarketMessage.Reject(null, "message is empty");
        }

        if (!MessageFieldReader.TryRead(raw, out MessageFields fields, out string? field, out string? reason))
        {
            return ParsedMarketMessage.Reject(field, reason!);
        }

        MarketMessageKind kind = fields.Type switch
        {
            "trade" => MarketMessageKind.Trade,
            "bar" => MarketMessageKind.Bar,
            null when fields.HasAnyBarField => MarketMessageKind.Bar,
            null when fields.Price is not null => MarketMessageKind.Trade,
            null => MarketMessageKind.Invalid,
            _ => MarketMessageKind.Invalid,
        };
        if (kind == MarketMessageKind.Invalid)
        {
            return fields.Type is null
                ? ParsedMarketMessage.Reject("type", "missing, and the fields match neither a trade (price) nor a bar (interval, open, ...); add \"type\": \"trade\" or \"bar\"")
                : ParsedMarketMessage.Reject("type", $"must be \"trade\" or \"bar\" (got \"{MessageFieldReader.Shorten(fields.Type)}\")");
        }

        if (!Symbols.TryNormalize(fields.Symbol, out string symbol, out string? symbolReason))
        {
            return ParsedMarketMessage.Reject("symbol", fields.Symbol is null ? "missing" : symbolReason!);
        }

        DateTimeOffset latestAllowed = timeProvider.GetUtcNow() + MaxFutureSkew;
        return kind == MarketMessageKind.Trade
            ? ParseTrade(in fields, symbol, latestAllowed)
            : ParseBar(in fields, symbol, latestAllowed);
    }

    private static ParsedMarketMessage ParseTrade(in MessageFields fields, string symbol, DateTimeOffset latestAllowed)
    {
        if (fields.HasAnyBarField)
        {
            return ParsedMarketMessage.Reject(FirstBarField(in fields), "not allowed in a trade message");
        }

        if (!PriceRules.IsPositive(fields.Price, "price", out var rejection)
            || !PriceRules.IsPositive(fields.Size, "size", out rejection)
            || !IsPresentAndNotFuture(fields.Timestamp, "timestamp", latestAllowed, out rejection))
        {
            return rejection;
        }

        if (fields.TradeId is { } tradeId && (tradeId.Length == 0 || tradeId.Length > MaxTradeIdLength))
        {
            return ParsedMarketMessage.Reject("trade_id", $"must be 1 to {MaxTradeIdLength} characters (got {tradeId.Length})");
        }

        decimal price = fields.Price!.Value;
        decimal size = fields.Size!.Value;
        DateTimeOffset timestamp = fields.Timestamp!.Value.ToUniversalTime();
        string id = TradeIds.Create(symbol, fields.TradeId, timestamp, price, size);
        return ParsedMarketMessage.Of(new Trade(symbol, price, size, timestamp, id));
    }

    private static ParsedMarketMessage ParseBar(in MessageFields fields, string symbol, DateTimeOffset latestAllowed)
    {
        if (fields.HasAnyTradeField)
        {
            string field = fields.Price is not null ? "price" : fields.Size is not null ? "size" : fields.Timestamp is not null ? "timestamp" : "trade_id";
            return ParsedMarketMessage.Reject(field, "not allowed in a bar message");
        }

        if (fields.Interval is null)
        {
            return ParsedMarketMessage.Reject("interval", "missing");
        }

        if (!BarIntervals.TryParse(fields.Interval, out BarInterval interval))
        {
            return ParsedMarketMessage.Reject("interval", $"must be \"1m\" or \"1d\" (got \"{MessageFieldReader.Shorten(fields.Interval)}\")");
        }

        if (!PriceRules.IsPositive(fields.Open, "open", out var rejection)
            || !PriceRules.IsPositive(fields.High, "high", out rejection)
            || !PriceRules.IsPositive(fields.Low, "low", out rejection)
            || !PriceRules.IsPositive(fields.Close, "close", out rejection)
            || !PriceRules.IsNonNegative(fields.Volume, "volume", out rejection)
            || !IsPresentAndNotFuture(fields.Start, "start", latestAllowed, out rejection))
        {
            return rejection;
        }

        decimal open = fields.Open!.Value, high = fields.High!.Value, low = fields.Low!.Value, close = fields.Close!.Value;
        if (PriceRules.CheckRange(open, high, low, close) is { } rangeError)
        {
            return ParsedMarketMessage.Reject(rangeError.Field, rangeError.Reason);
        }

        DateTimeOffset start = fields.Start!.Value.ToUniversalTime();
        if (!interval.IsAligned(start))
        {
            string boundary = interval == BarInterval.OneDay ? "midnight UTC" : "a whole minute (seconds and fractions zero)";
            return ParsedMarketMessage.Reject("start", $"must be aligned to the {interval.ToWireName()} interval, that is {boundary} (got {start:yyyy-MM-ddTHH:mm:ss.fffffffZ})");
        }

        return ParsedMarketMessage.Of(new Bar(symbol, interval, start, open, high, low, close, fields.Volume!.Value, BarOrigin.BarMessage));
    }

    private static bool IsPresentAndNotFuture(DateTimeOffset? value, string field, DateTimeOffset latestAllowed, out ParsedMarketMessage rejection)
    {
        rejection = default;
        if (value is null)
        {
            rejection = ParsedMarketMessage.Reject(field, "missing");
            return false;
        }

        if (value.Value > latestAllowed)
        {
            rejection = ParsedMarketMessage.Reject(field, $"is more than {MaxFutureSkew.TotalMinutes:0} minutes in the future (got {value.Value.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}, latest allowed {latestAllowed.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ})");
            return false;
        }

        return true;
    }

    private static string FirstBarField(in MessageFields fields) =>
        fields.Interval is not null ? "interval" : fields.Open is not null ? "open" : fields.High is not null ? "high"
        : fields.Low is not null ? "low" : fields.Close is not null ? "close" : fields.Volume is not null ? "volume" : "start";
}
