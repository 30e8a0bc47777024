using Trading.Backtesting.Engine;
using Trading.Backtests;
using Trading.MarketData;

namespace Trading.UnitTests.Backtests;

public sealed class DailyBarLoaderTests
{
    private static readonly DateTimeOffset First = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task LoadAsync_MoreThanOnePage_ReturnsEveryBarInOrder()
    {
        var store = new InMemoryMarketDataStore();
        Bar[] bars = [.. Enumerable.Range(0, (2 * DailyBarLoader.PageSize) + 17).Select(day => DailyBar("PAGE", First.AddDays(day), 10m + day))];
        await store.UpsertBarsAsync(bars, CancellationToken.None);

        IReadOnlyList<Bar> loaded = await new DailyBarLoader(store).LoadAsync("PAGE", First, First.AddYears(100), CancellationToken.None);

        Assert.Equal(bars.Length, loaded.Count);
        Assert.Equal(bars.Select(bar => bar.Start), loaded.Select(bar => bar.Start));
    }

    [Fact]
    public async Task LoadAsync_EndIsExclusive_StopsBeforeIt()
    {
        var store = new InMemoryMarketDataStore();
        await store.UpsertBarsAsync([DailyBar("END", First, 10m), DailyBar("END", First.AddDays(1), 11m)], CancellationToken.None);

        IReadOnlyList<Bar> loaded = await new DailyBarLoader(store).LoadAsync("END", First, First.AddDays(1), CancellationToken.None);

        Assert.Equal([First], loaded.Select(bar => bar.Start));
    }

    [Fact]
    public void ToSeries_EveryBarAdjusted_UsesAdjustedPrices()
    {
        Bar[] bars = [WithAdjusted(DailyBar("ADJ", First, 700m), 100m), WithAdjusted(DailyBar("ADJ", First.AddDays(1), 105m), 105m)];

        BarSeries series = DailyBarLoader.ToSeries("ADJ", bars, preferAdjusted: true, out bool adjusted);

        Assert.True(adjusted);
        Assert.Equal([100.0, 105.0], series.Close);
        Assert.Equal([new DateOnly(1990, 1, 1).DayNumber, new DateOnly(1990, 1, 2).DayNumber], series.DayNumbers);
    }

    [Fact]
    public void ToSeries_OneBarWithoutAdjusted_UsesRawPricesForAll()
    {
        Bar[] bars = [WithAdjusted(DailyBar("MIX", First, 700m), 100m), DailyBar("MIX", First.AddDays(1), 105m)];

        BarSeries series = DailyBarLoader.ToSeries("MIX", bars, preferAdjusted: true, out bool adjusted);

        Assert.False(adjusted);
        Assert.Equal([700.0, 105.0], series.Close);
    }

    [Fact]
    public void ToSeries_AdjustedNotPreferred_UsesRawPrices()
    {
        Bar[] bars = [WithAdjusted(DailyBar("RAW", First, 700m), 100m)];

        BarSeries series = DailyBarLoader.ToSeries("RAW", bars, preferAdjusted: false, out bool adjusted);

        Assert.False(adjusted);
        Assert.Equal([700.0], series.Open);
    }

    private static Bar DailyBar(string symbol, DateTimeOffset start, decimal close) =>
        new(symbol, BarInterval.OneDay, start, close, close + 1m, close - 1m, close, 100m, BarOrigin.Import);

    private static Bar WithAdjusted(Bar bar, decimal close) =>
        bar with { Adjusted = new AdjustedPrices(close, close + 1m, close - 1m, close, 100m) };
}
