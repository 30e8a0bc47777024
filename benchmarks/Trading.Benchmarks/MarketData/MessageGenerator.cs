using System.Globalization;

namespace Trading.Benchmarks.MarketData;

/// <summary>
/// Seeded synthetic feed: 95 % trades over 50 symbols and five minutes, 4 % one-minute bars and 1 %
/// malformed messages (a negative price or an unknown field), in the JSON shapes the Kafka topic carries.
/// </summary>
internal static class MessageGenerator
{
    public static string[] Create(int count, DateTimeOffset firstMinute, int seed = 42)
    {
        var random = new Random(seed);
        var messages = new string[count];
        for (int i = 0; i < count; i++)
        {
            string symbol = $"SYM{random.Next(50):00}";
            decimal price = Math.Round(50m + (decimal)random.NextDouble() * 100m, 2);
            int roll = random.Next(100);
            DateTimeOffset at = firstMinute.AddMilliseconds(random.Next(5 * 60_000));
            messages[i] = roll switch
            {
                < 95 => string.Create(CultureInfo.InvariantCulture, $$"""{"type":"trade","symbol":"{{symbol}}","price":{{price}},"size":{{random.Next(1, 500)}},"timestamp":"{{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}"}"""),
                < 99 => string.Create(CultureInfo.InvariantCulture, $$"""{"type":"bar","symbol":"{{symbol}}","interval":"1m","open":{{price}},"high":{{price + 1m}},"low":{{price - 1m}},"close":{{price + 0.5m}},"volume":{{random.Next(1000)}},"start":"{{at.UtcDateTime:yyyy-MM-ddTHH:mm:00Z}}"}"""),
                _ => i % 2 == 0
                    ? $$"""{"type":"trade","symbol":"{{symbol}}","price":-1,"size":1,"timestamp":"{{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}"}"""
                    : $$"""{"type":"trade","symbol":"{{symbol}}","prize":1,"size":1,"timestamp":"{{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}"}""",
            };
        }

        return messages;
    }
}
