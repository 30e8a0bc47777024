using Trading.MarketData;

namespace Trading.IntegrationTests.MarketData;

/// <summary>Seeded synthetic market data for tests that must run without the real files.</summary>
internal static class MarketSamples
{
    public static readonly DateTimeOffset Day0 = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A symbol no other test uses, so tests sharing a database never see each other's data.</summary>
    public static string NewSymbol(string prefix) => $"{prefix}{Random.Shared.Next(100_000, 999_999)}";

    public static Bar DailyBar(string symbol, DateTimeOffset day, decimal close, BarOrigin origin = BarOrigin.Import) =>
        new(symbol, BarInterval.OneDay, day, close, close + 1m, close - 0.5m, close, 1_000m, origin);

    /// <summary>
    /// A daily series with prices from a seeded random walk, starting at <see cref="Day0"/>. Prices keep
    /// two decimals and never fall below 1.
    /// </summary>
    public static IReadOnlyList<Bar> DailySeries(string symbol, int count, int seed)
    {
        var random = new Random(seed);
        var bars = new List<Bar>(count);
        decimal close = 100m;
        for (int i = 0; i < count; i++)
        {
            close = Math.Max(1m, Math.Round(close + ((decimal)random.NextDouble() - 0.5m) * 2m, 2));
            bars.Add(DailyBar(symbol, Day0.AddDays(i), close));
        }

        return bars;
    }

    public static Trade Trade(string symbol, DateTimeOffset timestamp, decimal price, decimal size, string sourceId) =>
        new(symbol, price, size, timestamp, TradeIds.Create(symbol, sourceId, timestamp, price, size));

    public static Quote Quote(string symbol, DateTimeOffset timestamp, decimal price, string sourceId) =>
        Trade(symbol, timestamp, price, 1m, sourceId).ToQuote();
}
