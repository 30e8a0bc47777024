using Microsoft.Extensions.Logging;

namespace Trading.Health;

/// <summary>
/// Runs every registered dependency check in parallel, each bounded by a timeout so that one hung
/// dependency cannot hang the health endpoint.
/// </summary>
public sealed partial class HealthService(IEnumerable<IDependencyHealthCheck> checks, ILogger<HealthService> logger)
{
    public const string Up = "up";
    public const string Down = "down";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(checks.Select(check => RunAsync(check, cancellationToken)));
        var dependencies = results.ToDictionary(result => result.Name, result => result.Status, StringComparer.Ordinal);

        return new HealthReport(results.All(result => result.Status == Up), dependencies);
    }

    private async Task<(string Name, string Status)> RunAsync(IDependencyHealthCheck check, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);

        try
        {
            await check.CheckAsync(timeout.Token);
            return (check.Name, Up);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogDependencyDown(check.Name, exception);
            return (check.Name, Down);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Health check of {Dependency} failed")]
    private partial void LogDependencyDown(string dependency, Exception exception);
}
