using System.Globalization;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>
/// Malformed market-data messages of ten kinds, each with the dead-letter field and the reason it must
/// get. Message <c>n</c> carries <c>n</c> in a symbol or number, so every raw text, and therefore every
/// dead-letter id, is distinct.
/// </summary>
internal static class MalformedMessages
{
    public const int Kinds = 10;

    private const string Timestamp = "2026-11-02T15:00:00Z";

    /// <summary>
    /// Returns message <paramref name="n"/>: its raw text, the expected <c>field</c> (null for a message
    /// that is not valid JSON) and the expected reason, whole or as a prefix when the JSON reader's own
    /// wording follows.
    /// </summary>
    public static MalformedMessage Create(int n)
    {
        string symbol = string.Create(CultureInfo.InvariantCulture, $"BAD{n:D3}");
        string number = string.Create(CultureInfo.InvariantCulture, $"{10 + n}.5");
        return (n % Kinds) switch
        {
            0 => new($"{{\"type\":\"bar\",\"symbol\":\"{symbol}\",\"interval\":\"1d\"", null, "invalid JSON: ", ReasonIsPrefix: true),
            1 => new($$"""{"type":"trade","symbol":"{{symbol}}","price":NaN,"size":1,"timestamp":"{{Timestamp}}"}""", null, "invalid JSON: ", ReasonIsPrefix: true),
            2 => new($$"""{"type":"trade","symbol":"{{symbol}}","price":"NaN","size":1,"timestamp":"{{Timestamp}}"}""", "price", "price: must be a JSON number", ReasonIsPrefix: true),
            3 => new($$"""{"type":"bar","symbol":"{{symbol}}","interval":"1d","open":{{number}},"high":{{number}},"low":{{number}},"volume":1,"start":"2020-01-01T00:00:00Z"}""", "close", "close: missing"),
            4 => new($$"""{"type":"trade","price":{{number}},"size":1,"timestamp":"{{Timestamp}}"}""", "symbol", "symbol: missing"),
            5 => new($$"""{"type":"bar","symbol":"{{symbol}}","interval":"1d","open":10,"high":12,"low":9,"close":11,"volume":-{{number}},"start":"2020-01-01T00:00:00Z"}""", "volume", $"volume: must not be negative (got -{number})"),
            6 => new($$"""{"type":"bar","symbol":"{{symbol}}","interval":"1d","open":10,"high":9.5,"low":10,"close":10,"volume":{{number}},"start":"2020-01-01T00:00:00Z"}""", "high", "high: must not be below low (high 9.5, low 10)"),
            7 => new($$"""{"type":"bar","symbol":"{{symbol}}","interval":"5m","open":10,"high":12,"low":9,"close":11,"volume":{{number}},"start":"2020-01-01T00:00:00Z"}""", "interval", "interval: must be \"1m\" or \"1d\" (got \"5m\")"),
            8 => new($$"""{"type":"trade","symbol":"{{symbol}}","price":-36.98,"size":{{number}},"timestamp":"{{Timestamp}}"}""", "price", "price: must be greater than 0 (got -36.98)"),
            _ => new($$"""{"type":"trade","symbol":"{{symbol}}","prize":{{number}},"size":1,"timestamp":"{{Timestamp}}"}""", "prize", "prize: unknown field", ReasonIsPrefix: true),
        };
    }
}
