using System.Diagnostics;
using Trading.IntegrationTests.Support;
using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Hosting;

/// <summary>The loopback host run as its own process, the way the README starts it by hand.</summary>
public sealed class LoopbackHostProcessTests
{
    /// <summary>Upper bound for start-up and for the exit after a signal. It only keeps a broken build from hanging the run.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);

    // Sends the signal with the Unix kill command, as the tests run on Linux.
    [Fact]
    public async Task Sigterm_RunningHost_ExitsWithZero()
    {
        using Process host = StartHost();
        try
        {
            await WaitForListeningLineAsync(host);

            using (Process kill = Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var guard = new CancellationTokenSource(HangGuard);
            bool exited = await WaitForExitAsync(host, guard.Token);

            Assert.True(exited, "The loopback host was still running after SIGTERM.");
            Assert.Equal(0, host.ExitCode);
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process StartHost()
    {
        string assembly = Path.Combine(AppContext.BaseDirectory, "Trading.LoopbackHost.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            // A folder without functions/Trading.Functions/local.settings.json above it, so only the
            // environment below configures the host.
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{FreePort.Next()}");
        foreach ((string key, string? value) in TestEnvironment.AppSettings("loopback-process"))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start the loopback host.");
    }

    private static async Task WaitForListeningLineAsync(Process host)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (await host.StandardOutput.ReadLineAsync(guard.Token) is { } line)
        {
            if (line.StartsWith("Loopback Functions host listening", StringComparison.Ordinal))
            {
                return;
            }
        }

        string errors = await host.StandardError.ReadToEndAsync(guard.Token);
        Assert.Fail($"The loopback host exited before it listened: {errors}");
    }

    private static async Task<bool> WaitForExitAsync(Process host, CancellationToken cancellationToken)
    {
        try
        {
            await host.WaitForExitAsync(cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
