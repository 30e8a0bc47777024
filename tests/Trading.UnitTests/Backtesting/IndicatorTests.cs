using Trading.Backtesting.Indicators;

namespace Trading.UnitTests.Backtesting;

public sealed class IndicatorTests
{
    [Fact]
    public void SimpleMovingAverage_RandomSeries_MatchesWindowMean()
    {
        double[] values = TestBars.RandomValues(500, seed: 1);
        var sma = new SimpleMovingAverage(20);

        for (int t = 0; t < values.Length; t++)
        {
            sma.Update(values[t]);

            Assert.Equal(t >= 19, sma.IsReady);
            if (sma.IsReady)
            {
                double sum = 0.0;
                for (int k = t - 19; k <= t; k++)
                {
                    sum += values[k];
                }

                Precision.AssertClose(sum / 20, sma.Value, 1e-12, $"SMA at {t}");
            }
        }
    }

    [Fact]
    public void ExponentialMovingAverage_HandWorkedSeries_SeedsWithSimpleMean()
    {
        // period 3 → alpha 0.5; seed (2 + 4 + 6) / 3 = 4; then 4 + 0.5(8 − 4) = 6; 6 + 0.5(12 − 6) = 9; 9 + 0.5(6 − 9) = 7.5.
        var ema = new ExponentialMovingAverage(3);
        double[] values = [2, 4, 6, 8, 12, 6];
        double?[] expected = [null, null, 4, 6, 9, 7.5];

        for (int t = 0; t < values.Length; t++)
        {
            ema.Update(values[t]);

            Assert.Equal(expected[t].HasValue, ema.IsReady);
            if (expected[t] is double value)
            {
                Assert.Equal(value, ema.Value, 12);
            }
        }
    }

    [Fact]
    public void RelativeStrengthIndex_HandWorkedSeries_UsesWilderSmoothing()
    {
        // period 3, changes +1 −1 +2 +1 −1. Seed: gain (1 + 0 + 2) / 3 = 1, loss 1/3 → RS 3 → 75.
        // Next +1: gain (1·2 + 1) / 3 = 1, loss (1/3·2) / 3 = 2/9 → RS 4.5 → 100 − 100/5.5.
        // Next −1: gain 2/3, loss (2/9·2 + 1) / 3 = 13/27 → RS 18/13 → 100 − 1300/31.
        var rsi = new RelativeStrengthIndex(3);
        double[] closes = [10, 11, 10, 12, 13, 12];
        double?[] expected = [null, null, null, 75.0, 100.0 - (100.0 / 5.5), 100.0 - (1300.0 / 31.0)];

        for (int t = 0; t < closes.Length; t++)
        {
            rsi.Update(closes[t]);

            Assert.Equal(expected[t].HasValue, rsi.IsReady);
            if (expected[t] is double value)
            {
                Assert.Equal(value, rsi.Value, 10);
            }
        }

        Assert.Equal(4, rsi.WarmUpPeriod);
    }

    [Theory]
    [InlineData(new double[] { 5, 5, 5, 5, 5 }, 50.0)]
    [InlineData(new double[] { 1, 2, 3, 4, 5 }, 100.0)]
    [InlineData(new double[] { 5, 4, 3, 2, 1 }, 0.0)]
    public void RelativeStrengthIndex_OneSidedSeries_ReturnsDocumentedBound(double[] closes, double expected)
    {
        var rsi = new RelativeStrengthIndex(3);

        foreach (double close in closes)
        {
            rsi.Update(close);
        }

        Assert.Equal(expected, rsi.Value, 12);
    }

    [Fact]
    public void BollingerBands_LongSeries_MatchesTwoPassPopulationStd()
    {
        double[] values = TestBars.RandomValues(20_000, seed: 2, scale: 1000.0);
        var bands = new BollingerBands(30, 2.0);

        for (int t = 0; t < values.Length; t++)
        {
            bands.Update(values[t]);

            Assert.Equal(t >= 29, bands.IsReady);
            if (bands.IsReady && (t < 100 || t % 997 == 0 || t == values.Length - 1))
            {
                double mean = 0.0;
                for (int k = t - 29; k <= t; k++)
                {
                    mean += values[k];
                }

                mean /= 30;
                double squares = 0.0;
                for (int k = t - 29; k <= t; k++)
                {
                    squares += (values[k] - mean) * (values[k] - mean);
                }

                double std = Math.Sqrt(squares / 30);
                Precision.AssertClose(mean, bands.Middle, 1e-12, $"middle at {t}");
                Precision.AssertClose(std, bands.StandardDeviation, 1e-9, $"std at {t}");
                Precision.AssertClose(mean + (2 * std), bands.Upper, 1e-12, $"upper at {t}");
                Precision.AssertClose(mean - (2 * std), bands.Lower, 1e-12, $"lower at {t}");
            }
        }
    }

    [Fact]
    public void Momentum_RandomSeries_MatchesRatioToLaggedValue()
    {
        double[] values = TestBars.RandomValues(200, seed: 3);
        var momentum = new Momentum(10);

        for (int t = 0; t < values.Length; t++)
        {
            momentum.Update(values[t]);

            Assert.Equal(t >= 10, momentum.IsReady);
            if (momentum.IsReady)
            {
                Precision.AssertClose((values[t] / values[t - 10]) - 1.0, momentum.Value, 1e-12, $"momentum at {t}");
            }
        }
    }

    [Fact]
    public void Momentum_NonPositiveEarlierValue_ReturnsZero()
    {
        var momentum = new Momentum(2);

        foreach (double value in new[] { -5.0, 3.0, 4.0 })
        {
            momentum.Update(value);
        }

        Assert.True(momentum.IsReady);
        Assert.Equal(0.0, momentum.Value);
    }

    public static TheoryData<Func<IIndicator>, int> WarmUps() => new()
    {
        { () => new SimpleMovingAverage(5), 5 },
        { () => new ExponentialMovingAverage(5), 5 },
        { () => new RelativeStrengthIndex(5), 6 },
        { () => new BollingerBands(5, 2.0), 5 },
        { () => new Momentum(5), 6 },
    };

    [Theory]
    [MemberData(nameof(WarmUps))]
    public void Indicator_WarmUpAndReset_ReadyExactlyAfterWarmUpPeriod(Func<IIndicator> create, int warmUp)
    {
        IIndicator indicator = create();
        double[] values = TestBars.RandomValues(warmUp + 5, seed: 4);
        var firstPass = new List<double>();

        Assert.Equal(warmUp, indicator.WarmUpPeriod);
        for (int i = 0; i < values.Length; i++)
        {
            indicator.Update(values[i]);
            Assert.Equal(i + 1 >= warmUp, indicator.IsReady);
            firstPass.Add(indicator.Value);
        }

        indicator.Reset();
        Assert.False(indicator.IsReady);
        for (int i = 0; i < values.Length; i++)
        {
            indicator.Update(values[i]);
            Assert.Equal(firstPass[i], indicator.Value);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void SimpleMovingAverage_NonPositivePeriod_Throws(int period)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimpleMovingAverage(period));
    }
}
