using System.Net;
using System.Text.Json;

namespace Trading.IntegrationTests.Accounts;

public sealed class AccountEndpointTests(AccountApiFixture api) : IClassFixture<AccountApiFixture>
{
    [Fact]
    public async Task GetAccount_NewUser_ShowsZeroBalance()
    {
        var user = await api.CreateUserAsync();

        var account = await user.GetJsonAsync("v1/account");

        Assert.Equal(user.UserId, account.GetProperty("id").GetString());
        Assert.Equal("0.00", account.GetProperty("balance").GetRawText());
        Assert.EndsWith("Z", account.GetProperty("created_at").GetString());
        Assert.EndsWith("Z", account.GetProperty("updated_at").GetString());
    }

    [Fact]
    public async Task DepositAndWithdraw_ReturnNewBalanceAndLedger()
    {
        var user = await api.CreateUserAsync();

        var deposit = await AccountClient.ReadOkAsync(await user.DepositAsync(1000m));
        var withdrawal = await AccountClient.ReadOkAsync(await user.WithdrawAsync(234.56m));
        var account = await user.GetJsonAsync("v1/account");
        var ledger = await user.AllTransactionsAsync();

        Assert.Equal("1000.00", deposit.GetProperty("new_balance").GetRawText());
        Assert.Equal("765.44", withdrawal.GetProperty("new_balance").GetRawText());
        Assert.Equal("765.44", account.GetProperty("balance").GetRawText());
        Assert.Equal(2, ledger.Count);
        Assert.Equal(withdrawal.GetProperty("transaction_id").GetString(), ledger[0].GetProperty("transaction_id").GetString());
        Assert.Equal("withdrawal", ledger[0].GetProperty("kind").GetString());
        Assert.Equal(-234.56m, ledger[0].GetProperty("amount").GetDecimal());
        Assert.Equal(765.44m, ledger[0].GetProperty("balance_after").GetDecimal());
        Assert.Equal(deposit.GetProperty("transaction_id").GetString(), ledger[1].GetProperty("transaction_id").GetString());
        Assert.Equal("deposit", ledger[1].GetProperty("kind").GetString());
        Assert.Equal(1000.00m, ledger[1].GetProperty("amount").GetDecimal());
        Assert.False(ledger[1].TryGetProperty("symbol", out _));
    }

    [Fact]
    public async Task Withdraw_MoreThanBalance_Returns422InsufficientFunds()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(50m));

        using var response = await user.WithdrawAsync(50.01m);
        var problem = await AccountClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/problems/insufficient-funds", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("amount", out _));
        Assert.Equal(50.00m, await user.BalanceAsync());
        Assert.Single(await user.AllTransactionsAsync());
    }

    [Fact]
    public async Task GetTransactions_Paged_WalksWholeLedgerNewestFirst()
    {
        var user = await api.CreateUserAsync();
        for (var i = 1; i <= 7; i++)
        {
            await AccountClient.ReadOkAsync(await user.DepositAsync(i));
        }

        var first = await user.GetJsonAsync("v1/account/transactions?limit=3");
        var all = await user.AllTransactionsAsync(pageSize: 3);
        var last = await user.GetJsonAsync("v1/account/transactions?limit=3&before=2");

        Assert.Equal(3, first.GetProperty("transactions").GetArrayLength());
        Assert.Equal("5", first.GetProperty("next_before").GetString());
        Assert.Equal([7m, 6m, 5m, 4m, 3m, 2m, 1m], all.Select(entry => entry.GetProperty("amount").GetDecimal()));
        Assert.Equal(7, all.Select(entry => entry.GetProperty("transaction_id").GetString()).Distinct().Count());
        Assert.Single(last.GetProperty("transactions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next_before").ValueKind);
    }

    [Fact]
    public async Task Endpoints_WithoutToken_Return401WithBearerChallenge()
    {
        foreach (var (method, path) in new[] { ("GET", "v1/account"), ("PUT", "v1/account/deposit"), ("GET", "v1/account/transactions"), ("GET", "v1/portfolio"), ("POST", "v1/portfolio/position") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);

            using var response = await api.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task OtherUser_CannotSeeOrChangeAccount()
    {
        var alice = await api.CreateUserAsync();
        var bob = await api.CreateUserAsync();
        var aliceDeposit = await AccountClient.ReadOkAsync(await alice.DepositAsync(500m));
        await AccountClient.ReadOkAsync(await alice.FillAsync("AAPL", 1m, 100m));

        await AccountClient.ReadOkAsync(await bob.DepositAsync(20m));
        await AccountClient.ReadOkAsync(await bob.WithdrawAsync(5m));
        using var bobOverdraw = await bob.WithdrawAsync(400m);
        var bobAccount = await bob.GetJsonAsync("v1/account");
        var bobLedger = await bob.AllTransactionsAsync();
        var bobPortfolio = await bob.GetJsonAsync("v1/portfolio");
        using var bobSellsAliceShares = await bob.FillAsync("AAPL", -1m, 100m);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bobOverdraw.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bobSellsAliceShares.StatusCode);
        Assert.Equal(bob.UserId, bobAccount.GetProperty("id").GetString());
        Assert.Equal(15.00m, bobAccount.GetProperty("balance").GetDecimal());
        Assert.Equal(2, bobLedger.Count);
        Assert.DoesNotContain(bobLedger, entry => entry.GetProperty("transaction_id").GetString() == aliceDeposit.GetProperty("transaction_id").GetString());
        Assert.Empty(bobPortfolio.GetProperty("positions").EnumerateArray());
        Assert.Equal(400.00m, await alice.BalanceAsync());
        Assert.Equal(2, (await alice.AllTransactionsAsync()).Count);
        Assert.Equal(1m, (await alice.GetJsonAsync("v1/portfolio")).GetProperty("positions")[0].GetProperty("quantity").GetDecimal());
    }
}
