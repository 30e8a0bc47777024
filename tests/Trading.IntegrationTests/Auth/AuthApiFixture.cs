using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Auth;

/// <summary>
/// A loopback host whose clock is a <see cref="FakeTimeProvider"/> starting at the real time, and whose
/// logs at every level, Trace included, are captured for inspection.
/// </summary>
public sealed class AuthApiFixture : ApiFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public FakeLogCollector Logs { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ILoggerProvider>(new FakeLoggerProvider(Logs));

        // Runs after the host's SetMinimumLevel(Warning), so Trace and Debug records reach the collector too.
        services.Configure<LoggerFilterOptions>(options => options.MinLevel = LogLevel.Trace);
    }
}
