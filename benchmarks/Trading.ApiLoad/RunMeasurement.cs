using System.Collections.Concurrent;
using System.Diagnostics;

namespace Trading.ApiLoad;

/// <summary>
/// Outcome of every request of one run, in <see cref="Stopwatch"/> ticks, one slot per request so that
/// concurrent responses record without locks. Requests before <see cref="WarmUpCount"/> are not measured.
/// </summary>
public sealed class RunMeasurement(int total, int warmUpCount, int? expectedStatus)
{
    private readonly long[] scheduledAt = new long[total];
    private readonly long[] sentAt = new long[total];
    private readonly long[] completedAt = new long[total];
    private readonly int[] statusCodes = new int[total];
    private readonly ConcurrentDictionary<string, int> failures = new();

    public int WarmUpCount { get; } = warmUpCount;

    /// <summary>Timestamp of the first scheduled request.</summary>
    public long Start { get; set; }

    public int Total => scheduledAt.Length;

    public void Record(int index, long scheduled, long sent, long completed, int statusCode)
    {
        scheduledAt[index] = scheduled;
        sentAt[index] = sent;
        completedAt[index] = completed;
        statusCodes[index] = statusCode;
        if (!IsSuccess(statusCode))
        {
            failures.AddOrUpdate($"HTTP {statusCode}", 1, (_, count) => count + 1);
        }
    }

    public void RecordFailure(int index, long scheduled, long sent, long completed, string error)
    {
        scheduledAt[index] = scheduled;
        sentAt[index] = sent;
        completedAt[index] = completed;
        statusCodes[index] = 0;
        failures.AddOrUpdate(error, 1, (_, count) => count + 1);
    }

    /// <summary>
    /// Summarises the measured requests. Latencies are of successful responses only (the expected status, or
    /// any 2xx when none was given); errors are counted apart.
    /// </summary>
    public RunSummary Summarise()
    {
        var measured = Enumerable.Range(WarmUpCount, Total - WarmUpCount).ToArray();
        var succeeded = measured.Where(i => IsSuccess(statusCodes[i])).ToArray();

        var fromSchedule = succeeded.Select(i => completedAt[i] - scheduledAt[i]).ToArray();
        var fromSend = succeeded.Select(i => completedAt[i] - sentAt[i]).ToArray();
        var sendLag = measured.Select(i => sentAt[i] - scheduledAt[i]).ToArray();

        var firstSent = measured.Min(i => sentAt[i]);
        var lastSent = measured.Max(i => sentAt[i]);
        var lastCompleted = measured.Max(i => completedAt[i]);
        var sendSeconds = (lastSent - firstSent) / (double)Stopwatch.Frequency;
        var windowSeconds = (lastCompleted - firstSent) / (double)Stopwatch.Frequency;

        var errors = measured.Length - succeeded.Length;
        return new RunSummary(
            measured.Length,
            errors,
            sendSeconds > 0 ? (measured.Length - 1) / sendSeconds : 0,
            windowSeconds > 0 ? succeeded.Length / windowSeconds : 0,
            LatencyPercentiles.From(fromSchedule),
            LatencyPercentiles.From(fromSend),
            LatencyPercentiles.From(sendLag),
            failures.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} x{pair.Value}").ToArray());
    }

    /// <summary>Writes the measured successful latencies from the scheduled time, in whole microseconds, one a line.</summary>
    public void WriteLatencies(string path)
    {
        var lines = Enumerable.Range(WarmUpCount, Total - WarmUpCount)
            .Where(i => IsSuccess(statusCodes[i]))
            .Select(i => ((completedAt[i] - scheduledAt[i]) * 1_000_000 / Stopwatch.Frequency).ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.WriteAllLines(path, lines);
    }

    private bool IsSuccess(int statusCode) =>
        expectedStatus is { } expected ? statusCode == expected : statusCode is >= 200 and <= 299;
}
