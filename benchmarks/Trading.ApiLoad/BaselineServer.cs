using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Text.Json;

namespace Trading.ApiLoad;

/// <summary>
/// A bare Kestrel JSON endpoint at <c>GET /v1/account</c> with a body of the same shape as the real one,
/// and no authentication or storage: the floor that HTTP and JSON alone set on this machine.
/// </summary>
public static class BaselineServer
{
    public static async Task RunAsync(Uri url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url.ToString());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();

        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        var createdAt = DateTime.UtcNow;
        app.MapGet("/v1/account", () => Results.Json(new BaselineAccount("baseline-user", 0m, createdAt, createdAt), json));

        await app.StartAsync();
        Console.WriteLine($"Baseline server listening on {url}");
        await app.WaitForShutdownAsync();
    }
}
