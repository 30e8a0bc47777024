using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Trading.MarketData.Replay;

/// <summary>
/// Writes the market-data messages that the ingestion service reads: bars
/// <c>{"type":"bar","symbol","interval","open","high","low","close","volume","start"}</c> and trades
/// <c>{"type":"trade","symbol","price","size","timestamp","trade_id"}</c>. Numbers are JSON numbers written from
/// decimal text; times are ISO 8601 UTC.
/// </summary>
public static class MarketDataMessageFormatter
{
    /// <summary>Formats a daily bar; its <c>start</c> is the row's date at 00:00:00Z.</summary>
    public static MarketDataMessage FormatDailyBar(DailyBarRow row)
    {
        string json = Write(writer =>
        {
            writer.WriteString("type", "bar");
            writer.WriteString("symbol", row.Symbol);
            writer.WriteString("interval", "1d");
            WriteNumber(writer, "open", row.Open);
            WriteNumber(writer, "high", row.High);
            WriteNumber(writer, "low", row.Low);
            WriteNumber(writer, "close", row.Close);
            WriteNumber(writer, "volume", row.Volume);
            writer.WriteString("start", row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        });
        return new MarketDataMessage(row.Symbol, json);
    }

    public static MarketDataMessage FormatTrade(SyntheticTrade trade)
    {
        string json = Write(writer =>
        {
            writer.WriteString("type", "trade");
            writer.WriteString("symbol", trade.Symbol);
            WriteNumber(writer, "price", trade.Price.ToString(CultureInfo.InvariantCulture));
            WriteNumber(writer, "size", trade.Size.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("timestamp", trade.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("trade_id", trade.TradeId);
        });
        return new MarketDataMessage(trade.Symbol, json);
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, string numberText)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(numberText);
    }

    private static string Write(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
