using Trading.Backtesting.Engine;

namespace Trading.UnitTests.Backtesting;

/// <summary>Bar series for tests: hand-written prices on consecutive days, or a seeded random walk.</summary>
internal static class TestBars
{
    public static readonly DateOnly FirstDate = new(2024, 1, 1);

    public static DateOnly Day(int index) => FirstDate.AddDays(index);

    public static BarSeries FromOpenClose(double[] open, double[] close, string symbol = "TEST")
    {
        DateOnly[] dates = Enumerable.Range(0, close.Length).Select(Day).ToArray();
        double[] high = open.Zip(close, Math.Max).ToArray();
        double[] low = open.Zip(close, Math.Min).ToArray();
        return new BarSeries(symbol, dates, open, high, low, close);
    }

    public static BarSeries FromCloses(params double[] close) =>
        BarSeries.FromCloses("TEST", Enumerable.Range(0, close.Length).Select(Day).ToArray(), close);

    /// <summary>A geometric random walk around 100 with opens near the previous close.</summary>
    public static BarSeries RandomWalk(int count, int seed, string symbol = "TEST")
    {
        var random = new Random(seed);
        double[] open = new double[count];
        double[] close = new double[count];
        double price = 100.0;
        for (int i = 0; i < count; i++)
        {
            open[i] = price * (1.0 + ((random.NextDouble() - 0.5) * 0.004));
            price *= Math.Exp((random.NextDouble() - 0.5) * 0.04);
            close[i] = price;
        }

        return FromOpenClose(open, close, symbol);
    }

    public static double[] RandomValues(int count, int seed, double scale = 100.0)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => scale * (0.5 + random.NextDouble())).ToArray();
    }
}
