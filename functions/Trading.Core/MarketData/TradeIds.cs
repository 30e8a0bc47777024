using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Trading.MarketData;

/// <summary>
/// Deterministic trade ids, used to drop a redelivered trade instead of folding it into a bar twice.
/// A trade id is the first 16 bytes of SHA-256, as 32 lowercase hex digits, over UTF-8 text:
/// <c>id|{SYMBOL}|{trade_id}</c> when the message carries a <c>trade_id</c>, otherwise
/// <c>fields|{SYMBOL}|{UTC ticks}|{price}|{size}</c> with decimals in invariant culture without
/// trailing zeros (so <c>10.50</c> and <c>10.5</c> give the same id).
/// </summary>
/// <remarks>
/// Without a <c>trade_id</c>, two real trades of the same symbol with the same timestamp (to 100 ns), price
/// and size get the same id, and the second one is counted as a duplicate. Feeds that can print such
/// trades should send <c>trade_id</c>.
/// </remarks>
public static class TradeIds
{
    public static string Create(string symbol, string? sourceTradeId, DateTimeOffset timestamp, decimal price, decimal size)
    {
        if (sourceTradeId is not null)
        {
            return HashHex("id", string.Concat(symbol, "|", sourceTradeId));
        }

        string fields = string.Create(
            CultureInfo.InvariantCulture,
            $"{symbol}|{timestamp.UtcTicks}|{Canonical(price)}|{Canonical(size)}");
        return HashHex("fields", fields);
    }

    /// <summary>Returns 32 lowercase hex digits of SHA-256 over <c>{scope}|{text}</c>.</summary>
    public static string HashHex(string scope, string text)
    {
        string input = string.Concat(scope, "|", text);
        int maxBytes = Encoding.UTF8.GetMaxByteCount(input.Length);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= 512 ? stackalloc byte[512] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            int length = Encoding.UTF8.GetBytes(input, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer[..length], hash);
            return Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static string Canonical(decimal value)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        if (!text.Contains('.'))
        {
            return text;
        }

        text = text.TrimEnd('0');
        return text.EndsWith('.') ? text[..^1] : text;
    }
}
