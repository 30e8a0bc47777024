using System.Globalization;

namespace Trading.ApiLoad;

/// <summary>Prints run results as text and as a Markdown table for the benchmarks page. Times are milliseconds.</summary>
public static class ReportPrinter
{
    public static void PrintRun(RunSummary summary, string loadAfter, TimeSpan generatorCpu)
    {
        Console.WriteLine(FormattableString.Invariant(
            $"  requests {summary.Requests}, errors {summary.Errors}, sent {summary.SentRate:F1} req/s, completed {summary.CompletedRate:F1} req/s"));
        Console.WriteLine($"  latency from scheduled time (ms): {summary.FromSchedule}");
        Console.WriteLine($"  latency from actual send (ms):    {summary.FromSend}");
        Console.WriteLine($"  generator send lag (ms):          {summary.SendLag}");
        if (summary.ErrorKinds.Count > 0)
        {
            Console.WriteLine($"  errors: {string.Join(", ", summary.ErrorKinds)}");
        }

        Console.WriteLine(FormattableString.Invariant($"  generator CPU time, warm-up included: {generatorCpu.TotalSeconds:F1} s"));
        Console.WriteLine($"  load average after: {loadAfter}");
    }

    public static string MarkdownRow(int run, DateTimeOffset startedAt, RunSummary summary, string loadBefore, string loadAfter)
    {
        var latency = summary.FromSchedule;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {run} | {startedAt:yyyy-MM-dd HH:mm} | {summary.Requests} | {summary.Errors} | {summary.SentRate:F1} | {latency.P50:F2} | {latency.P90:F2} | {latency.P99:F2} | {latency.P999:F2} | {latency.Max:F2} | {summary.FromSend.P99:F2} | {loadBefore} | {loadAfter} |");
    }

    public static void PrintTable(IEnumerable<string> rows)
    {
        Console.WriteLine();
        Console.WriteLine("| Run | Start (UTC) | Requests | Errors | Sent req/s | p50 | p90 | p99 | p99.9 | max | p99 from send | Load before | Load after |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }
    }
}
