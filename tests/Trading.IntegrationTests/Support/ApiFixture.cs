using Microsoft.Extensions.DependencyInjection;
using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Support;

/// <summary>
/// A loopback Functions host with its own Cosmos database, shared by the tests of one class.
/// Subclasses may replace services after the production registration.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    private LoopbackFunctionHost? host;

    public string Database { get; } = $"test-{Guid.NewGuid():N}"[..21];

    public LoopbackFunctionHost Host => host ?? throw new InvalidOperationException("The fixture has not started.");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        host = await LoopbackFunctionHost.StartAsync(Settings(), ConfigureServices);
        Client = host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    protected virtual Dictionary<string, string?> Settings() => TestEnvironment.AppSettings(Database);

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}
