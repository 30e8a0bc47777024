using System.Net;

namespace Trading.IntegrationTests.Accounts;

public sealed class AccountBadInputTests(AccountApiFixture api) : IClassFixture<AccountApiFixture>
{
    private const decimal StartingBalance = 100.00m;

    /// <summary>Body, expected status and the field the problem must name (null when the status alone identifies it).</summary>
    public static TheoryData<string, string, int, string?> BadAmountBodies
    {
        get
        {
            var data = new TheoryData<string, string, int, string?>();
            foreach (var path in new[] { "v1/account/deposit", "v1/account/withdraw" })
            {
                data.Add(path, """{"amount":0}""", 400, "amount");
                data.Add(path, """{"amount":-5}""", 400, "amount");
                data.Add(path, """{"amount":-0.01}""", 400, "amount");
                data.Add(path, """{"amount":"NaN"}""", 400, "amount");
                data.Add(path, """{"amount":"10"}""", 400, "amount");
                data.Add(path, """{"amount":1e309}""", 400, "amount");
                data.Add(path, """{"amount":10.001}""", 400, "amount");
                data.Add(path, """{"amount":1000000000.01}""", 400, "amount");
                data.Add(path, """{"amount":null}""", 400, "amount");
                data.Add(path, """{"amount":true}""", 400, "amount");
                data.Add(path, "{}", 400, "amount");
                data.Add(path, """{"amount":10,"currency":"USD"}""", 400, "currency");
                data.Add(path, """{"amount":10,"amount":20}""", 400, "amount");
                data.Add(path, "[10]", 400, "body");
                data.Add(path, "amount=10", 400, "body");
                data.Add(path, string.Empty, 400, "body");
                data.Add(path, """{"amount":10""", 400, "amount");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BadAmountBodies))]
    public async Task MoneyMovement_BadBody_Returns4xxNamingFieldAndChangesNothing(string path, string body, int status, string? field)
    {
        var user = await FundedUserAsync();

        using var response = await user.SendAsync(HttpMethod.Put, path, body);

        await AssertProblemAsync(response, status, field);
        await AssertUnchangedAsync(user);
    }

    [Theory]
    [InlineData("v1/account/deposit")]
    [InlineData("v1/account/withdraw")]
    public async Task MoneyMovement_OneMegabyteBody_Returns413AndChangesNothing(string path)
    {
        var user = await FundedUserAsync();
        var body = $$"""{"amount":10,"pad":"{{new string('x', 1024 * 1024)}}"}""";

        using var response = await user.SendAsync(HttpMethod.Put, path, body);

        await AssertProblemAsync(response, 413, null);
        await AssertUnchangedAsync(user);
    }

    [Theory]
    [InlineData("v1/account/deposit", "text/plain")]
    [InlineData("v1/account/withdraw", "application/xml")]
    public async Task MoneyMovement_WrongContentType_Returns415(string path, string contentType)
    {
        var user = await FundedUserAsync();

        using var response = await user.SendAsync(HttpMethod.Put, path, """{"amount":10}""", contentType: contentType);

        await AssertProblemAsync(response, 415, "Content-Type");
        await AssertUnchangedAsync(user);
    }

    public static TheoryData<string, string> BadIdempotencyKeys
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in new[] { "v1/account/deposit", "v1/account/withdraw" })
            {
                data.Add(path, string.Empty);
                data.Add(path, new string('k', 256));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BadIdempotencyKeys))]
    public async Task MoneyMovement_BadIdempotencyKey_Returns400NamingHeader(string path, string key)
    {
        var user = await FundedUserAsync();

        using var response = await user.SendAsync(HttpMethod.Put, path, """{"amount":10}""", key);

        await AssertProblemAsync(response, 400, "Idempotency-Key");
        await AssertUnchangedAsync(user);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=2.5", "limit")]
    [InlineData("limit=", "limit")]
    [InlineData("limit=5&limit=6", "limit")]
    [InlineData("before=0", "before")]
    [InlineData("before=abc", "before")]
    [InlineData("before=-4", "before")]
    [InlineData("before=", "before")]
    [InlineData("before=1e3", "before")]
    public async Task GetTransactions_BadQuery_Returns400NamingParameter(string query, string field)
    {
        var user = await FundedUserAsync();

        using var response = await user.SendAsync(HttpMethod.Get, "v1/account/transactions?" + query);

        await AssertProblemAsync(response, 400, field);
    }

    private async Task<AccountClient> FundedUserAsync()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(StartingBalance));
        return user;
    }

    private static async Task AssertUnchangedAsync(AccountClient user)
    {
        Assert.Equal(StartingBalance, await user.BalanceAsync());
        Assert.Single(await user.AllTransactionsAsync());
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, int status, string? field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        if (field is not null)
        {
            var problem = System.Text.Json.JsonDocument.Parse(text).RootElement;
            Assert.True(
                problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"The problem does not name '{field}': {text}");
        }
    }
}
