using System.Net;
using System.Text.Json;
using Trading.IntegrationTests.Support;
using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Health;

public sealed class HealthDependencyDownTests
{
    [Fact]
    public async Task Health_CosmosServerStopped_Returns503NamingCosmos()
    {
        await using var cosmos = await CosmosServerProcess.StartAsync();
        var settings = TestEnvironment.AppSettings($"health-{Guid.NewGuid():N}"[..20]);
        settings["Cosmos:Endpoint"] = cosmos.Endpoint;
        await using var host = await LoopbackFunctionHost.StartAsync(settings);
        using var client = host.CreateClient();

        using var before = await client.GetAsync("v1/health");
        await cosmos.StopAsync();
        using var after = await client.GetAsync("v1/health");
        using var problem = JsonDocument.Parse(await after.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/problems/dependency-unavailable", problem.RootElement.GetProperty("type").GetString());
        Assert.Contains("cosmos", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("down", problem.RootElement.GetProperty("dependencies").GetProperty("cosmos").GetString());
        Assert.Equal("up", problem.RootElement.GetProperty("dependencies").GetProperty("storage").GetString());
    }
}
