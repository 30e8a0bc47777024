using System.Diagnostics;

namespace Trading.ApiLoad;

/// <summary>Nearest-rank percentiles of a set of durations, in milliseconds, or all zero for an empty set.</summary>
public sealed record LatencyPercentiles(double P50, double P90, double P99, double P999, double Max)
{
    public static LatencyPercentiles From(long[] stopwatchTicks)
    {
        if (stopwatchTicks.Length == 0)
        {
            return new LatencyPercentiles(0, 0, 0, 0, 0);
        }

        var sorted = (long[])stopwatchTicks.Clone();
        Array.Sort(sorted);
        return new LatencyPercentiles(At(sorted, 0.50), At(sorted, 0.90), At(sorted, 0.99), At(sorted, 0.999), Milliseconds(sorted[^1]));
    }

    public override string ToString() =>
        FormattableString.Invariant($"p50 {P50:F3}  p90 {P90:F3}  p99 {P99:F3}  p99.9 {P999:F3}  max {Max:F3}");

    /// <summary>The smallest value with at least <paramref name="fraction"/> of the set at or below it.</summary>
    private static double At(long[] sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return Milliseconds(sorted[Math.Clamp(rank, 1, sorted.Length) - 1]);
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
