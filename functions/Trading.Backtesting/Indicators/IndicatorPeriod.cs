namespace Trading.Backtesting.Indicators;

internal static class IndicatorPeriod
{
    public static int Require(int period, string parameterName, int minimum = 1)
    {
        if (period < minimum)
        {
            throw new ArgumentOutOfRangeException(parameterName, period, $"The period must be at least {minimum}.");
        }

        return period;
    }
}
