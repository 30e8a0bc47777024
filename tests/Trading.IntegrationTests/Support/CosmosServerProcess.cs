using System.Diagnostics;
using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Support;

/// <summary>
/// A private Cosmos DB test server (tests/services/cosmos-server.js) on a free 127.0.0.1 port, for tests
/// that stop it on purpose without disturbing the shared server of the other tests.
/// </summary>
public sealed class CosmosServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private CosmosServerProcess(Process process, int port)
    {
        this.process = process;
        Endpoint = $"https://127.0.0.1:{port}/";
    }

    public string Endpoint { get; }

    public static async Task<CosmosServerProcess> StartAsync()
    {
        var port = FreePort.Next();
        var script = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "services", "cosmos-server.js");
        var startInfo = new ProcessStartInfo("node", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["TRADING_TEST_COSMOS_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("node could not be started.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("listening", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var started = await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        if (started != listening.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The Cosmos test server did not start listening on port {port} within 30 s.");
        }

        return new CosmosServerProcess(process, port);
    }

    /// <summary>Stops the server and waits until its port is closed.</summary>
    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
    }
}
