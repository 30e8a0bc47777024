using System.Diagnostics;
using System.Net.Http.Headers;

namespace Trading.ApiLoad;

/// <summary>
/// Sends requests at a constant arrival rate without waiting for earlier responses (an open loop, as wrk2
/// does), so a slow response delays no later request and cannot hide from the percentiles. Each latency
/// runs from the request's scheduled time, so a late send by the generator counts against it too.
/// </summary>
public sealed class OpenLoopRunner(HttpClient client, LoadOptions options, string? bearerToken)
{
    /// <summary>Runs one warm-up plus measured period and returns every request's outcome.</summary>
    public async Task<RunMeasurement> RunAsync()
    {
        var measurement = new RunMeasurement(options.TotalRequests, options.WarmUpRequests, options.ExpectedStatus);
        var pending = new Task[options.TotalRequests];
        var ticksPerRequest = Stopwatch.Frequency / options.RequestsPerSecond;

        // A dedicated thread keeps the schedule when the thread pool is busy with responses.
        var scheduler = new Thread(() => Schedule(measurement, pending, ticksPerRequest))
        {
            IsBackground = true,
            Name = "open-loop scheduler",
            Priority = ThreadPriority.AboveNormal,
        };
        scheduler.Start();
        await Task.Run(scheduler.Join);
        await Task.WhenAll(pending);
        return measurement;
    }

    private void Schedule(RunMeasurement measurement, Task[] pending, double ticksPerRequest)
    {
        var start = Stopwatch.GetTimestamp();
        measurement.Start = start;
        for (var next = 0; next < pending.Length;)
        {
            var now = Stopwatch.GetTimestamp();

            // Catches up with every request that is due, so a descheduled thread sends a burst rather than fewer requests.
            while (next < pending.Length && start + (long)(next * ticksPerRequest) <= now)
            {
                var index = next;
                var scheduled = start + (long)(index * ticksPerRequest);
                pending[index] = Task.Run(() => SendAsync(measurement, index, scheduled));
                next++;
            }

            if (next < pending.Length)
            {
                WaitUntil(start + (long)(next * ticksPerRequest));
            }
        }
    }

    /// <summary>
    /// Sleeps in 1 ms steps and spins only for the last 50 µs, so the generator does not take a core from
    /// the server on a small machine. A sleep can overshoot by about one timer tick. That delay counts in the
    /// latency from the scheduled time and shows as the send lag.
    /// </summary>
    private static void WaitUntil(long due)
    {
        var spinThreshold = Stopwatch.Frequency / 20_000;
        while (true)
        {
            var remaining = due - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            if (remaining > spinThreshold)
            {
                Thread.Sleep(1);
            }
            else
            {
                Thread.SpinWait(20);
            }
        }
    }

    private async Task SendAsync(RunMeasurement measurement, int index, long scheduled)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, options.Path.TrimStart('/'));
            if (bearerToken is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
            }

            // The default completion option reads the whole body before returning, so its time is included.
            using var response = await client.SendAsync(request);
            measurement.Record(index, scheduled, sent, Stopwatch.GetTimestamp(), (int)response.StatusCode);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            measurement.RecordFailure(index, scheduled, sent, Stopwatch.GetTimestamp(), exception.GetType().Name);
        }
    }
}
