using Trading.MarketData;

namespace Trading.UnitTests.MarketData;

public sealed class MinuteBarFoldTests
{
    private static readonly DateTimeOffset Minute = new(2026, 12, 4, 15, 0, 0, TimeSpan.Zero);

    private static Trade MakeTrade(int second, decimal price, decimal size) =>
        new("AAPL", price, size, Minute.AddSeconds(second), TradeIds.Create("AAPL", null, Minute.AddSeconds(second), price, size));

    private static readonly Trade[] Trades =
    [
        MakeTrade(5, 100.00m, 10m),
        MakeTrade(12, 101.50m, 5m),
        MakeTrade(30, 99.25m, 20m),
        MakeTrade(59, 100.75m, 1.5m),
    ];

    [Fact]
    public void Apply_TradesOfOneMinute_GivesExactOhlcv()
    {
        (MinuteBarState? state, int applied, int duplicates) = MinuteBarFold.Apply(null, new MinuteTrades("AAPL", Minute, Trades));

        Bar bar = state!.Bar;
        Assert.Equal(4, applied);
        Assert.Equal(0, duplicates);
        Assert.Equal(100.00m, bar.Open);
        Assert.Equal(101.50m, bar.High);
        Assert.Equal(99.25m, bar.Low);
        Assert.Equal(100.75m, bar.Close);
        Assert.Equal(36.5m, bar.Volume);
        Assert.Equal(Minute, bar.Start);
        Assert.Equal(BarOrigin.Trades, bar.Origin);
    }

    [Fact]
    public void Apply_ShuffledAcrossCalls_GivesSameBar()
    {
        (MinuteBarState? inOrder, _, _) = MinuteBarFold.Apply(null, new MinuteTrades("AAPL", Minute, Trades));

        (MinuteBarState? late, _, _) = MinuteBarFold.Apply(null, new MinuteTrades("AAPL", Minute, [Trades[3], Trades[1]]));
        (MinuteBarState? merged, int applied, _) = MinuteBarFold.Apply(late, new MinuteTrades("AAPL", Minute, [Trades[2], Trades[0]]));

        Assert.Equal(2, applied);
        Assert.Equal(inOrder!.Bar, merged!.Bar);
    }

    [Fact]
    public void Apply_RedeliveredTrades_DoNotDoubleVolume()
    {
        (MinuteBarState? first, _, _) = MinuteBarFold.Apply(null, new MinuteTrades("AAPL", Minute, Trades));

        (MinuteBarState? again, int applied, int duplicates) = MinuteBarFold.Apply(first, new MinuteTrades("AAPL", Minute, [Trades[1], Trades[2]]));

        Assert.Equal(0, applied);
        Assert.Equal(2, duplicates);
        Assert.Same(first, again);
        Assert.Equal(36.5m, again!.Bar.Volume);
    }

    [Fact]
    public void Apply_EarlierTradeArrivingLate_BecomesOpen()
    {
        (MinuteBarState? state, _, _) = MinuteBarFold.Apply(null, new MinuteTrades("AAPL", Minute, [Trades[1], Trades[2]]));

        (MinuteBarState? next, _, _) = MinuteBarFold.Apply(state, new MinuteTrades("AAPL", Minute, [Trades[0]]));

        Assert.Equal(100.00m, next!.Bar.Open);
        Assert.Equal(99.25m, next.Bar.Close);
        Assert.Equal(35m, next.Bar.Volume);
    }

    [Fact]
    public void Apply_TradeOutsideMinute_Throws()
    {
        Trade outside = MakeTrade(60, 1m, 1m);

        Assert.Throws<ArgumentException>(() => MinuteBarFold.Apply(null, new MinuteTrades("AAPL", Minute, [outside])));
    }
}
