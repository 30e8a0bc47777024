namespace Trading.UnitTests.Backtesting;

internal static class Precision
{
    /// <summary>Asserts |actual − expected| ≤ relative × max(|actual|, |expected|), or ≤ 1e-12 near zero.</summary>
    public static void AssertClose(double expected, double actual, double relative, string what)
    {
        double tolerance = Math.Max(relative * Math.Max(Math.Abs(expected), Math.Abs(actual)), 1e-12);
        Assert.True(
            Math.Abs(actual - expected) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (difference {actual - expected:R}, tolerance {tolerance:R}).");
    }
}
