using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Trading.MarketData;

/// <summary>
/// Reads the flat JSON object of a market-data message into <see cref="MessageFields"/> with
/// <see cref="Utf8JsonReader"/>. It checks JSON syntax and value types only: numbers must be JSON numbers
/// that fit in <see cref="decimal"/>, timestamps ISO 8601 strings with a UTC designator, and every field
/// name must be known and appear once.
/// </summary>
internal static class MessageFieldReader
{
    private const int StackBufferBytes = 1024;

    public static bool TryRead(string raw, out MessageFields fields, out string? field, out string? reason)
    {
        int maxBytes = Encoding.UTF8.GetMaxByteCount(raw.Length);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= StackBufferBytes ? stackalloc byte[StackBufferBytes] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            int length = Encoding.UTF8.GetBytes(raw, buffer);
            return TryRead(buffer[..length], out fields, out field, out reason);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static bool TryRead(ReadOnlySpan<byte> utf8, out MessageFields fields, out string? field, out string? reason)
    {
        fields = default;
        field = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 4 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reason = "message must be a JSON object";
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = KnownName(ref reader) ?? reader.GetString()!;
                reader.Read();
                if (!TryReadProperty(ref reader, name, ref fields, out reason))
                {
                    field = name;
                    return false;
                }
            }

            if (reader.Read())
            {
                reason = "invalid JSON: unexpected content after the message object";
                return false;
            }
        }
        catch (JsonException exception)
        {
            reason = $"invalid JSON: {exception.Message}";
            return false;
        }

        reason = null;
        return true;
    }

    private static bool TryReadProperty(ref Utf8JsonReader reader, string name, ref MessageFields fields, out string? reason)
    {
        return name switch
        {
            "type" => TryReadString(ref reader, ref fields.Type, out reason),
            "symbol" => TryReadString(ref reader, ref fields.Symbol, out reason),
            "trade_id" => TryReadString(ref reader, ref fields.TradeId, out reason),
            "interval" => TryReadString(ref reader, ref fields.Interval, out reason),
            "price" => TryReadDecimal(ref reader, ref fields.Price, out reason),
            "size" => TryReadDecimal(ref reader, ref fields.Size, out reason),
            "open" => TryReadDecimal(ref reader, ref fields.Open, out reason),
            "high" => TryReadDecimal(ref reader, ref fields.High, out reason),
            "low" => TryReadDecimal(ref reader, ref fields.Low, out reason),
            "close" => TryReadDecimal(ref reader, ref fields.Close, out reason),
            "volume" => TryReadDecimal(ref reader, ref fields.Volume, out reason),
            "timestamp" => TryReadUtcTimestamp(ref reader, ref fields.Timestamp, out reason),
            "start" => TryReadUtcTimestamp(ref reader, ref fields.Start, out reason),
            _ => Fail("unknown field; allowed fields are type, symbol, price, size, timestamp, trade_id, interval, open, high, low, close, volume, start", out reason),
        };
    }

    /// <summary>Returns the interned field name without allocating, or null for an escaped or unknown name.</summary>
    private static string? KnownName(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return null;
        }

        ReadOnlySpan<byte> name = reader.ValueSpan;
        foreach (string known in KnownNames)
        {
            if (name.Length == known.Length && Ascii.Equals(name, known))
            {
                return known;
            }
        }

        return null;
    }

    private static readonly string[] KnownNames =
        ["type", "symbol", "price", "size", "timestamp", "trade_id", "interval", "open", "high", "low", "close", "volume", "start"];

    private static bool TryReadString(ref Utf8JsonReader reader, ref string? target, out string? reason)
    {
        if (target is not null)
        {
            return Fail("duplicate field", out reason);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return Fail($"must be a JSON string (got {Describe(reader.TokenType)})", out reason);
        }

        target = reader.GetString()!;
        reason = null;
        return true;
    }

    private static bool TryReadDecimal(ref Utf8JsonReader reader, ref decimal? target, out string? reason)
    {
        if (target is not null)
        {
            return Fail("duplicate field", out reason);
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            // NaN and Infinity can only arrive as strings, because JSON has no literal for them.
            return Fail($"must be a JSON number (got {Describe(reader.TokenType)})", out reason);
        }

        if (!reader.TryGetDecimal(out decimal value))
        {
            return Fail($"number {Encoding.UTF8.GetString(reader.ValueSpan)} is outside the decimal range (about ±7.9e28)", out reason);
        }

        target = value;
        reason = null;
        return true;
    }

    private static bool TryReadUtcTimestamp(ref Utf8JsonReader reader, ref DateTimeOffset? target, out string? reason)
    {
        if (target is not null)
        {
            return Fail("duplicate field", out reason);
        }

        const string expected = "must be an ISO 8601 UTC timestamp such as 2026-12-04T19:45:17Z";
        if (reader.TokenType != JsonTokenType.String)
        {
            return Fail($"{expected} (got {Describe(reader.TokenType)})", out reason);
        }

        bool utcDesignator = reader.ValueIsEscaped
            ? reader.GetString()!.EndsWith('Z') || reader.GetString()!.EndsWith("+00:00", StringComparison.Ordinal)
            : reader.ValueSpan.EndsWith("Z"u8) || reader.ValueSpan.EndsWith("+00:00"u8);
        if (!utcDesignator || !reader.TryGetDateTimeOffset(out DateTimeOffset value))
        {
            return Fail($"{expected} (got \"{Shorten(reader.GetString()!)}\")", out reason);
        }

        target = value;
        reason = null;
        return true;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    internal static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "...");

    private static bool Fail(string message, out string? reason)
    {
        reason = message;
        return false;
    }
}
