namespace Trading.Backtests;

/// <summary>Settings under <c>Backtests</c> (environment variables <c>Backtests__WaitSeconds</c> and so on).</summary>
public sealed class BacktestOptions
{
    public const string Section = "Backtests";

    /// <summary>Longest wait the Functions host allows an HTTP response (230 s), minus a margin.</summary>
    public const int MaxWaitSeconds = 200;

    /// <summary>
    /// Seconds <c>POST /strategy/{id}/backtest</c> waits for the run before it returns 202 with the status URL.
    /// 0 returns 202 at once. From 0 to <see cref="MaxWaitSeconds"/>.
    /// </summary>
    public int WaitSeconds { get; set; } = 20;
}
