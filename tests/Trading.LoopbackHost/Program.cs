using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Trading.LoopbackHost;

// Runs the API on a machine without Azure Functions Core Tools:
//   dotnet run --project tests/Trading.LoopbackHost -- --urls http://127.0.0.1:7071
// Settings come from functions/Trading.Functions/local.settings.json ("Values") and then from environment
// variables, the same names the Functions host reads.
var url = args.SkipWhile(arg => arg != "--urls").Skip(1).FirstOrDefault() ?? "http://127.0.0.1:7071";

var configuration = new ConfigurationBuilder()
    .AddLocalSettings(LocalSettings.Find())
    .AddEnvironmentVariables()
    .Build();

await using var host = await LoopbackFunctionHost.StartAsync(configuration.AsEnumerable(), url: url);
Console.WriteLine($"Loopback Functions host listening on {host.BaseAddress}; press Ctrl+C to stop.");
foreach (var route in host.Routes.OrderBy(route => route.RouteTemplate))
{
    Console.WriteLine($"  {string.Join(",", route.Methods),-12} /{route.RouteTemplate}  ({route.FunctionName})");
}

// The console lifetime of the web host turns Ctrl+C and SIGTERM into ApplicationStopping, but it does not
// stop a host started with StartAsync. So the program waits for that event and then disposes the host.
var stopped = new TaskCompletionSource();
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopped.TrySetResult());
await stopped.Task;
