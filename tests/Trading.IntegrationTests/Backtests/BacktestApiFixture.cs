using Trading.IntegrationTests.Strategies;
using Trading.MarketData;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// A strategy host whose market store contains synthetic 2020 bars of <c>SYN.A</c> (with adjusted prices),
/// <c>SYN.B</c> and <c>SYN.C</c> (raw only). Seeded once, on first use.
/// </summary>
public class BacktestApiFixture : StrategyApiFixture
{
    public static readonly DateOnly DataStart = new(2020, 1, 1);
    public static readonly DateOnly DataEnd = new(2020, 12, 31);

    private readonly Lazy<Task> seeded;

    public BacktestApiFixture()
    {
        seeded = new Lazy<Task>(SeedAsync);
    }

    public Task EnsureSeededAsync() => seeded.Value;

    protected virtual async Task SeedAsync()
    {
        await MarketStore.UpsertBarsAsync(SyntheticBars.Create("SYN.A", DataStart, DataEnd, seed: 1, withAdjusted: true), CancellationToken.None);
        await MarketStore.UpsertBarsAsync(SyntheticBars.Create("SYN.B", DataStart, DataEnd, seed: 2, withAdjusted: false), CancellationToken.None);
        await MarketStore.UpsertBarsAsync(SyntheticBars.Create("SYN.C", DataStart, DataEnd, seed: 3, withAdjusted: false), CancellationToken.None);
    }
}
