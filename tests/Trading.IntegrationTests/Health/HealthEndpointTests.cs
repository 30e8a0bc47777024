using System.Net;
using System.Text.Json;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Health;

public sealed class HealthEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Health_AllDependenciesUp_Returns200()
    {
        using var response = await api.Client.GetAsync("v1/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("up", body.RootElement.GetProperty("dependencies").GetProperty("cosmos").GetString());
        Assert.Equal("up", body.RootElement.GetProperty("dependencies").GetProperty("storage").GetString());
    }

    [Fact]
    public async Task Health_Anonymous_NeedsNoToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/health");

        using var response = await api.Client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_Body_ContainsNoSecrets()
    {
        using var response = await api.Client.GetAsync("v1/health");
        var text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(TestEnvironment.CosmosKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
    }
}
