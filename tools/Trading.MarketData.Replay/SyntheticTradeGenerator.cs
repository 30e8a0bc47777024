namespace Trading.MarketData.Replay;

/// <summary>
/// Generates repeatable trades: per symbol a random walk that starts at 100.00 and moves at most 0.5 % per
/// trade (prices rounded to cents, never below 0.01), sizes 1 to 500, one trade per second per symbol from
/// <c>start</c>. The same seed gives the same trades.
/// </summary>
public static class SyntheticTradeGenerator
{
    public static IEnumerable<SyntheticTrade> Generate(IReadOnlyList<string> symbols, int tradesPerSymbol, DateTimeOffset start, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tradesPerSymbol);
        var random = new Random(seed);
        var prices = symbols.Select(_ => 100.00m).ToArray();

        // Interleaved by time, as a live feed would deliver them.
        for (int sequence = 0; sequence < tradesPerSymbol; sequence++)
        {
            for (int s = 0; s < symbols.Count; s++)
            {
                decimal step = (decimal)(random.NextDouble() - 0.5) / 100m;
                prices[s] = Math.Max(0.01m, Math.Round(prices[s] * (1m + step), 2, MidpointRounding.AwayFromZero));
                decimal size = random.Next(1, 501);
                yield return new SyntheticTrade(
                    symbols[s],
                    prices[s],
                    size,
                    start.AddSeconds(sequence),
                    $"{symbols[s]}-{seed}-{sequence}");
            }
        }
    }
}
