namespace Trading.IntegrationTests.Accounts;

public sealed class NotifierFailureTests(FailingNotifierFixture api) : IClassFixture<FailingNotifierFixture>
{
    [Fact]
    public async Task Changes_NotifierThrows_StillStored()
    {
        var user = await api.CreateUserAsync();

        var deposit = await AccountClient.ReadOkAsync(await user.DepositAsync(300m));
        var fill = await AccountClient.ReadOkAsync(await user.FillAsync("AAPL", 2m, 100m));

        Assert.Equal(100.00m, await user.BalanceAsync());
        Assert.Equal(2, (await user.AllTransactionsAsync()).Count);

        var accountChanges = api.Notifier.AccountChanges.Where(change => change.UserId == user.UserId).ToList();
        var portfolioChange = Assert.Single(api.Notifier.PortfolioChanges, change => change.UserId == user.UserId);
        Assert.Equal(
            [deposit.GetProperty("transaction_id").GetString(), fill.GetProperty("transaction_id").GetString()],
            accountChanges.Select(change => change.Entry.TransactionId));
        Assert.Equal([300.00m, 100.00m], accountChanges.Select(change => change.Balance));
        Assert.Equal("AAPL", portfolioChange.Position.Symbol);
        Assert.Equal(2m, portfolioChange.Position.Quantity);
    }
}
