namespace Trading.ApiLoad;

/// <summary>
/// Figures of one run's measured period. <see cref="SentRate"/> is requests per second as sent, and
/// <see cref="CompletedRate"/> is successful responses per second from the first send to the last response.
/// </summary>
public sealed record RunSummary(
    int Requests,
    int Errors,
    double SentRate,
    double CompletedRate,
    LatencyPercentiles FromSchedule,
    LatencyPercentiles FromSend,
    LatencyPercentiles SendLag,
    IReadOnlyList<string> ErrorKinds);
