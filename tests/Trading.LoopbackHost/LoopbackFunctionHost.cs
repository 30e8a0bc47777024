using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging;
using Trading.Functions;

namespace Trading.LoopbackHost;

/// <summary>
/// A running loopback host. Its services come from <see cref="ServiceRegistration.AddTradingPlatform"/>,
/// the same composition root as the Functions app, plus whatever a test adds or replaces afterwards.
/// </summary>
public sealed class LoopbackFunctionHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackFunctionHost(WebApplication app, Uri baseAddress, IReadOnlyList<FunctionRoute> routes)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Routes = routes;
    }

    /// <summary>The listening address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public IReadOnlyList<FunctionRoute> Routes { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Starts the host on <paramref name="url"/> (port 0 picks a free port). Only loopback addresses are
    /// accepted, because tests must not listen on other interfaces.
    /// </summary>
    public static async Task<LoopbackFunctionHost> StartAsync(
        IEnumerable<KeyValuePair<string, string?>> settings,
        Action<IServiceCollection>? configureServices = null,
        string url = "http://127.0.0.1:0",
        Action<ILoggingBuilder>? configureLogging = null)
    {
        EnsureLoopback(url);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configureLogging?.Invoke(builder.Logging);

        builder.Services.AddRouting();
        builder.Services.AddTradingPlatform(builder.Configuration);

        // The in-process Durable Task host stands in for the Durable Functions extension; it listens on a
        // free loopback port of its own and serves the same DurableTaskClient the functions bind to.
        var durableFunctions = new DurableFunctionRegistration(typeof(ServiceRegistration).Assembly);
        builder.Services.AddInMemoryDurableTask(durableFunctions.Register, new InMemoryDurableTaskOptions { Port = FreePort.Next() });
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        durableFunctions.Attach(app.Services);
        var hostJson = Path.Combine(AppContext.BaseDirectory, "host.json");
        var routes = FunctionRouteTable.Discover(typeof(ServiceRegistration).Assembly, FunctionRouteTable.ReadRoutePrefix(hostJson));

        foreach (var route in routes)
        {
            app.MapMethods(route.RouteTemplate, route.Methods, context => FunctionInvoker.InvokeAsync(context, route))
                .WithDisplayName(route.FunctionName);
        }

        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackFunctionHost(app, new Uri(address.TrimEnd('/') + "/"), routes);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static void EnsureLoopback(string url)
    {
        var host = new Uri(url).Host;
        if (host is not ("127.0.0.1" or "localhost" or "[::1]"))
        {
            throw new ArgumentException($"The loopback host listens on 127.0.0.1, localhost or [::1] only, not '{host}'.", nameof(url));
        }
    }
}
