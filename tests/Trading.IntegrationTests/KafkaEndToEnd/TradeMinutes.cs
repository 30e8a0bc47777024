using Trading.MarketData;
using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>Expected one-minute bars of generated trades, worked out here from the trades themselves.</summary>
internal static class TradeMinutes
{
    /// <summary>
    /// Returns one bar per symbol and UTC minute: open and close from the earliest and latest trade, high,
    /// low, and the summed sizes as volume. The trades must have distinct timestamps within a symbol.
    /// </summary>
    public static List<Bar> Expected(IEnumerable<SyntheticTrade> trades, string symbol) =>
        [.. trades
            .Where(trade => trade.Symbol == symbol)
            .GroupBy(trade => MinuteOf(trade.Timestamp))
            .OrderBy(minute => minute.Key)
            .Select(minute =>
            {
                SyntheticTrade[] ordered = [.. minute.OrderBy(trade => trade.Timestamp)];
                return new Bar(
                    symbol,
                    BarInterval.OneMinute,
                    minute.Key,
                    ordered[0].Price,
                    ordered.Max(trade => trade.Price),
                    ordered.Min(trade => trade.Price),
                    ordered[^1].Price,
                    ordered.Sum(trade => trade.Size),
                    BarOrigin.Trades);
            })];

    public static Task<IReadOnlyList<Bar>> StoredAsync(IMarketDataReader reader, string symbol) =>
        reader.GetBarsAsync(symbol, BarInterval.OneMinute, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 1_000, CancellationToken.None);

    private static DateTimeOffset MinuteOf(DateTimeOffset timestamp) =>
        new(timestamp.UtcTicks - (timestamp.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
}
