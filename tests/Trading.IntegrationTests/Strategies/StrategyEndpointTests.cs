using System.Net;
using System.Text.Json;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Strategies;

public sealed class StrategyEndpointTests(StrategyApiFixture api) : IClassFixture<StrategyApiFixture>
{
    private const string ValidSma = """{"symbols": ["AAPL"], "fast_period": 10, "slow_period": 30}""";

    public static TheoryData<string, string, string> BadStrategies => new()
    {
        { "unknown type", """{"name": "s", "type": "martingale", "parameters": {"symbols": ["AAPL"]}}""", "type" },
        { "missing type", """{"name": "s", "parameters": {"symbols": ["AAPL"]}}""", "type" },
        { "missing name", $$"""{"type": "sma_crossover", "parameters": {{ValidSma}}}""", "name" },
        { "blank name", $$"""{"name": "   ", "type": "sma_crossover", "parameters": {{ValidSma}}}""", "name" },
        { "name of 101 characters", $$"""{"name": "{{new string('n', 101)}}", "type": "sma_crossover", "parameters": {{ValidSma}}}""", "name" },
        { "name with a line break", $$"""{"name": "a\nb", "type": "sma_crossover", "parameters": {{ValidSma}}}""", "name" },
        { "name with a tab", $$"""{"name": "a\tb", "type": "sma_crossover", "parameters": {{ValidSma}}}""", "name" },
        { "missing parameters", """{"name": "s", "type": "sma_crossover"}""", "parameters" },
        { "parameters not an object", """{"name": "s", "type": "sma_crossover", "parameters": [1]}""", "parameters" },
        { "missing symbols", """{"name": "s", "type": "sma_crossover", "parameters": {"fast_period": 10, "slow_period": 30}}""", "parameters.symbols" },
        { "empty symbols", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": [], "fast_period": 10, "slow_period": 30}}""", "parameters.symbols" },
        { "invalid symbol", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": ["AA PL"], "fast_period": 10, "slow_period": 30}}""", "parameters.symbols" },
        { "duplicate symbol", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": ["AAPL", "aapl"], "fast_period": 10, "slow_period": 30}}""", "parameters.symbols" },
        { "missing fast_period", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": ["AAPL"], "slow_period": 30}}""", "parameters.fast_period" },
        { "zero fast_period", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": ["AAPL"], "fast_period": 0, "slow_period": 30}}""", "parameters.fast_period" },
        { "fractional fast_period", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": ["AAPL"], "fast_period": 2.5, "slow_period": 30}}""", "parameters.fast_period" },
        { "string fast_period", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": ["AAPL"], "fast_period": "10", "slow_period": 30}}""", "parameters.fast_period" },
        { "fast not below slow", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": ["AAPL"], "fast_period": 30, "slow_period": 30}}""", "parameters.fast_period" },
        { "slow_period above 1000", """{"name": "s", "type": "ema_crossover", "parameters": {"symbols": ["AAPL"], "fast_period": 10, "slow_period": 1001}}""", "parameters.slow_period" },
        { "unknown parameter", """{"name": "s", "type": "sma_crossover", "parameters": {"symbols": ["AAPL"], "fast_period": 10, "slow_period": 30, "colour": 1}}""", "parameters.colour" },
        { "negative commission", """{"name": "s", "type": "buy_and_hold", "parameters": {"symbols": ["AAPL"], "commission_bps": -1}}""", "parameters.commission_bps" },
        { "slippage above 1000 bps", """{"name": "s", "type": "buy_and_hold", "parameters": {"symbols": ["AAPL"], "slippage_bps": 1000.5}}""", "parameters.slippage_bps" },
        { "adjusted flag not boolean", """{"name": "s", "type": "buy_and_hold", "parameters": {"symbols": ["AAPL"], "use_adjusted_prices": "yes"}}""", "parameters.use_adjusted_prices" },
        { "rsi period 1", """{"name": "s", "type": "rsi_mean_reversion", "parameters": {"symbols": ["AAPL"], "period": 1, "oversold": 30, "overbought": 70}}""", "parameters.period" },
        { "rsi level above 100", """{"name": "s", "type": "rsi_mean_reversion", "parameters": {"symbols": ["AAPL"], "period": 14, "oversold": 30, "overbought": 101}}""", "parameters.overbought" },
        { "rsi oversold above overbought", """{"name": "s", "type": "rsi_mean_reversion", "parameters": {"symbols": ["AAPL"], "period": 14, "oversold": 80, "overbought": 70}}""", "parameters.oversold" },
        { "bollinger num_std 0", """{"name": "s", "type": "bollinger_bands", "parameters": {"symbols": ["AAPL"], "period": 20, "num_std": 0}}""", "parameters.num_std" },
        { "momentum lookback 0", """{"name": "s", "type": "momentum", "parameters": {"symbols": ["AAPL"], "lookback": 0}}""", "parameters.lookback" },
        { "unknown top-level field", $$"""{"name": "s", "type": "sma_crossover", "parameters": {{ValidSma}}, "owner": "x"}""", "owner" },
    };

    [Theory]
    [MemberData(nameof(BadStrategies))]
    public async Task Create_BadInput_Returns400NamingField(string scenario, string body, string field)
    {
        StrategyClient client = await api.ClientForAsync("bad-input-user");

        StrategyClient.Reply reply = await client.PostAsync("v1/strategy/create", body);

        Assert.True(reply.Status == HttpStatusCode.BadRequest, $"{scenario}: expected 400, got {reply.Status}: {reply.Text}");
        Assert.True(reply.Body.GetProperty("errors").TryGetProperty(field, out _), $"{scenario}: errors should name '{field}': {reply.Text}");
    }

    [Fact]
    public async Task Create_Valid_Returns201WithEffectiveDefaults()
    {
        StrategyClient client = await api.ClientForAsync("creator");

        StrategyClient.Reply reply = await client.PostAsync(
            "v1/strategy/create",
            new { name = "  Golden cross  ", type = "sma_crossover", parameters = new { symbols = new[] { "aapl", "BRK_A" }, fast_period = 50, slow_period = 200 } });

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        string id = reply.Body.GetProperty("strategy_id").GetString()!;
        Assert.Equal($"/v1/strategy/{id}", reply.Headers.Location?.ToString());
        Assert.Equal("Golden cross", reply.Body.GetProperty("name").GetString());
        Assert.Equal("sma_crossover", reply.Body.GetProperty("type").GetString());
        JsonElement parameters = reply.Body.GetProperty("parameters");
        Assert.Equal(["AAPL", "BRK.A"], parameters.GetProperty("symbols").EnumerateArray().Select(symbol => symbol.GetString()));
        Assert.Equal(50, parameters.GetProperty("fast_period").GetInt32());
        Assert.Equal(200, parameters.GetProperty("slow_period").GetInt32());
        Assert.Equal(0.0, parameters.GetProperty("commission_bps").GetDouble());
        Assert.Equal(0.0, parameters.GetProperty("slippage_bps").GetDouble());
        Assert.True(parameters.GetProperty("use_adjusted_prices").GetBoolean());
    }

    [Fact]
    public async Task Get_BeforeAnyBacktest_ReturnsNullPerformance()
    {
        StrategyClient client = await api.ClientForAsync("reader");
        string id = await client.CreateStrategyAsync("rsi_mean_reversion", new { symbols = new[] { "MSFT" }, period = 14, oversold = 30, overbought = 70 }, "RSI");

        StrategyClient.Reply reply = await client.GetAsync($"v1/strategy/{id}");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(id, reply.Body.GetProperty("id").GetString());
        Assert.Equal("RSI", reply.Body.GetProperty("name").GetString());
        Assert.Equal("rsi_mean_reversion", reply.Body.GetProperty("type").GetString());
        Assert.Equal(14, reply.Body.GetProperty("parameters").GetProperty("period").GetInt32());
        JsonElement performance = reply.Body.GetProperty("performance");
        Assert.Equal(JsonValueKind.Null, performance.GetProperty("total_return").ValueKind);
        Assert.Equal(JsonValueKind.Null, performance.GetProperty("sharpe_ratio").ValueKind);
    }

    [Fact]
    public async Task CreatedAt_ListAndGet_UseUtcZForm()
    {
        StrategyClient client = await api.ClientForAsync("timestamp-reader");
        string id = await client.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "AAPL" } });

        StrategyClient.Reply details = await client.GetAsync($"v1/strategy/{id}");
        StrategyClient.Reply list = await client.GetAsync("v1/strategy/list");

        Assert.Matches(UtcTimestamp.Pattern, details.Body.GetProperty("created_at").GetString());
        Assert.Matches(UtcTimestamp.Pattern, list.Body.GetProperty("strategies")[0].GetProperty("created_at").GetString());
    }

    [Fact]
    public async Task Get_OtherUsersStrategy_Returns404()
    {
        StrategyClient owner = await api.ClientForAsync("owner");
        StrategyClient intruder = await api.ClientForAsync("intruder");
        string id = await owner.CreateStrategyAsync("momentum", new { symbols = new[] { "AAPL" }, lookback = 20 });

        StrategyClient.Reply reply = await intruder.GetAsync($"v1/strategy/{id}");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("/problems/not-found", reply.Body.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    public async Task Get_UnknownId_Returns404(string id)
    {
        StrategyClient client = await api.ClientForAsync("reader");

        StrategyClient.Reply reply = await client.GetAsync($"v1/strategy/{id}");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    [Fact]
    public async Task List_ReturnsOnlyCallersStrategiesNewestFirst()
    {
        StrategyClient alice = await api.ClientForAsync("list-alice");
        string first = await alice.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "AAPL" } }, "first");
        string second = await alice.CreateStrategyAsync("bollinger_bands", new { symbols = new[] { "MSFT" }, period = 20, num_std = 2 }, "second");
        StrategyClient bob = await api.ClientForAsync("list-bob");
        await bob.CreateStrategyAsync("buy_and_hold", new { symbols = new[] { "AAPL" } }, "bob's");

        StrategyClient.Reply reply = await alice.GetAsync("v1/strategy/list");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        JsonElement[] strategies = [.. reply.Body.GetProperty("strategies").EnumerateArray()];
        Assert.Equal([second, first], strategies.Select(strategy => strategy.GetProperty("id").GetString()));
        Assert.Equal(["second", "first"], strategies.Select(strategy => strategy.GetProperty("name").GetString()));
        Assert.Equal(["bollinger_bands", "buy_and_hold"], strategies.Select(strategy => strategy.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("POST", "v1/strategy/create")]
    [InlineData("GET", "v1/strategy/list")]
    [InlineData("GET", "v1/strategy/0123456789abcdef0123456789abcdef")]
    public async Task Endpoint_WithoutToken_Returns401(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using HttpResponseMessage response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }
}
