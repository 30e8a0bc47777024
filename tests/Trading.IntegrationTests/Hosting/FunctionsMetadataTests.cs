using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Hosting;

public sealed class FunctionsMetadataTests
{
    [Fact]
    public void HttpFunctions_MatchApiContract()
    {
        var functions = FunctionsMetadataFile.HttpFunctions().ToList();

        Assert.NotEmpty(functions);
        foreach (var (name, trigger) in functions)
        {
            var route = trigger.GetProperty("route").GetString()!;
            var methods = trigger.GetProperty("methods").EnumerateArray().Select(method => method.GetString()!.ToUpperInvariant()).ToList();
            var contract = ApiContract.Endpoints.SingleOrDefault(endpoint => ApiContract.Normalize(endpoint.Route) == ApiContract.Normalize(route));

            Assert.True(contract is not null, $"Function {name} has route '{route}', which is not in the API contract.");
            Assert.Equal([contract.Method], methods);
            Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        }
    }

    [Fact]
    public void HttpFunctions_HaveUniqueRoutes()
    {
        var keys = FunctionsMetadataFile.HttpFunctions()
            .Select(pair => pair.Trigger.GetProperty("methods")[0].GetString() + " " + ApiContract.Normalize(pair.Trigger.GetProperty("route").GetString()!))
            .ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("GET", "health")]
    [InlineData("POST", "strategy/create")]
    [InlineData("GET", "strategy/list")]
    [InlineData("GET", "strategy/{strategy_id}")]
    [InlineData("POST", "strategy/{strategy_id}/backtest")]
    [InlineData("GET", "strategy/{strategy_id}/backtests/{backtest_id}")]
    [InlineData("POST", "auth/register")]
    [InlineData("POST", "auth/login")]
    [InlineData("POST", "auth/refresh")]
    [InlineData("POST", "auth/logout")]
    [InlineData("GET", "account")]
    [InlineData("PUT", "account/deposit")]
    [InlineData("PUT", "account/withdraw")]
    [InlineData("GET", "account/transactions")]
    [InlineData("GET", "portfolio")]
    [InlineData("POST", "portfolio/position")]
    [InlineData("GET", "market/{symbol}/quote")]
    [InlineData("GET", "market/{symbol}/bars")]
    [InlineData("POST", "market/import")]
    public void BuiltEndpoint_IsInMetadata(string method, string route)
    {
        var match = FunctionsMetadataFile.HttpFunctions().Any(pair =>
            ApiContract.Normalize(pair.Trigger.GetProperty("route").GetString()!) == ApiContract.Normalize(route)
            && pair.Trigger.GetProperty("methods")[0].GetString()!.Equals(method, StringComparison.OrdinalIgnoreCase));

        Assert.True(match, $"{method} /v1/{route} is not in functions.metadata.");
    }

    [Fact]
    public void LoopbackRoutes_MatchMetadata()
    {
        var hostJson = Path.Combine(AppContext.BaseDirectory, "host.json");
        var routes = FunctionRouteTable.Discover(typeof(Trading.Functions.ServiceRegistration).Assembly, FunctionRouteTable.ReadRoutePrefix(hostJson));
        var metadata = FunctionsMetadataFile.HttpFunctions().ToDictionary(pair => pair.Name, pair => pair.Trigger);

        Assert.Equal("v1", FunctionRouteTable.ReadRoutePrefix(hostJson));
        Assert.Equal(metadata.Keys.Order(), routes.Select(route => route.FunctionName).Order());
        foreach (var route in routes)
        {
            Assert.Equal("v1/" + metadata[route.FunctionName].GetProperty("route").GetString(), route.RouteTemplate);
        }
    }
}
