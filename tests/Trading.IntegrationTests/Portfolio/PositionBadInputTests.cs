using Trading.IntegrationTests.Accounts;

namespace Trading.IntegrationTests.Portfolio;

public sealed class PositionBadInputTests(AccountApiFixture api) : IClassFixture<AccountApiFixture>
{
    private const decimal StartingCash = 1000.00m;

    public static TheoryData<string, int, string> BadBodies => new()
    {
        { """{"symbol":"","quantity":1,"price":10}""", 400, "symbol" },
        { """{"symbol":"ABCDEFGHIJKLM","quantity":1,"price":10}""", 400, "symbol" },
        { """{"symbol":"AB$","quantity":1,"price":10}""", 400, "symbol" },
        { """{"symbol":"-AB","quantity":1,"price":10}""", 400, "symbol" },
        { """{"symbol":"_AB","quantity":1,"price":10}""", 400, "symbol" },
        { """{"symbol":"A B","quantity":1,"price":10}""", 400, "symbol" },
        { """{"symbol":12,"quantity":1,"price":10}""", 400, "symbol" },
        { """{"quantity":1,"price":10}""", 400, "symbol" },
        { """{"symbol":"HELD","quantity":0,"price":10}""", 400, "quantity" },
        { """{"symbol":"HELD","quantity":0.000000001,"price":10}""", 400, "quantity" },
        { """{"symbol":"HELD","quantity":"NaN","price":10}""", 400, "quantity" },
        { """{"symbol":"HELD","quantity":1e309,"price":10}""", 400, "quantity" },
        { """{"symbol":"HELD","quantity":1000000001,"price":10}""", 400, "quantity" },
        { """{"symbol":"HELD","price":10}""", 400, "quantity" },
        { """{"symbol":"HELD","quantity":1,"price":0}""", 400, "price" },
        { """{"symbol":"HELD","quantity":1,"price":-1}""", 400, "price" },
        { """{"symbol":"HELD","quantity":1,"price":1.123456789}""", 400, "price" },
        { """{"symbol":"HELD","quantity":1,"price":"Infinity"}""", 400, "price" },
        { """{"symbol":"HELD","quantity":1}""", 400, "price" },
        { """{"symbol":"HELD","quantity":1,"price":10,"side":"buy"}""", 400, "side" },
        { """{"symbol":"HELD","quantity":0.001,"price":1}""", 400, "quantity" },
        { """{"symbol":"HELD","quantity":-10.5,"price":10}""", 422, "quantity" },
        { """{"symbol":"NONE","quantity":-1,"price":10}""", 422, "quantity" },
        { """{"symbol":"HELD","quantity":1000,"price":10}""", 422, "quantity" },
        { """{"symbol":"HELD","quantity":1,"quantity":2,"price":10}""", 400, "quantity" },
        { "[]", 400, "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task RecordPosition_BadBody_Returns4xxNamingFieldAndChangesNothing(string body, int status, string field)
    {
        var user = await UserHoldingTenAsync();

        using var response = await user.SendAsync(HttpMethod.Post, "v1/portfolio/position", body);

        await AccountBadInputTests.AssertProblemAsync(response, status, field);
        await AssertUnchangedAsync(user);
    }

    [Fact]
    public async Task RecordPosition_OneMegabyteBody_Returns413()
    {
        var user = await UserHoldingTenAsync();
        var body = $$"""{"symbol":"HELD","quantity":1,"price":10,"pad":"{{new string('x', 1024 * 1024)}}"}""";

        using var response = await user.SendAsync(HttpMethod.Post, "v1/portfolio/position", body);

        await AccountBadInputTests.AssertProblemAsync(response, 413, null);
        await AssertUnchangedAsync(user);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-key-that-is-far-too-long-a-key-that-is-far-too-long-a-key-that-is-far-too-long-a-key-that-is-far-too-long-a-key-that-is-far-too-long-a-key-that-is-far-too-long-a-key-that-is-far-too-long-a-key-that-is-far-too-long-a-key-that-is-far-too-long-a-key-that-is-far-too")]
    public async Task RecordPosition_BadIdempotencyKey_Returns400NamingHeader(string key)
    {
        var user = await UserHoldingTenAsync();

        using var response = await user.FillAsync("HELD", 1m, 10m, key);

        await AccountBadInputTests.AssertProblemAsync(response, 400, "Idempotency-Key");
        await AssertUnchangedAsync(user);
    }

    /// <summary>A user with 1000.00 deposited and then 10 HELD bought at 10.00, so cash is 900.00.</summary>
    private async Task<AccountClient> UserHoldingTenAsync()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(StartingCash));
        await AccountClient.ReadOkAsync(await user.FillAsync("HELD", 10m, 10m));
        return user;
    }

    private static async Task AssertUnchangedAsync(AccountClient user)
    {
        var portfolio = await user.GetJsonAsync("v1/portfolio");
        var position = Assert.Single(portfolio.GetProperty("positions").EnumerateArray());

        Assert.Equal(900.00m, portfolio.GetProperty("cash").GetDecimal());
        Assert.Equal("HELD", position.GetProperty("symbol").GetString());
        Assert.Equal(10m, position.GetProperty("quantity").GetDecimal());
        Assert.Equal(10m, position.GetProperty("average_price").GetDecimal());
        Assert.Equal(2, (await user.AllTransactionsAsync()).Count);
    }
}
