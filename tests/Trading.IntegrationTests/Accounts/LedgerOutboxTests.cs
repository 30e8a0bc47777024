using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Trading.Accounts;
using Trading.Infrastructure.Cosmos;

namespace Trading.IntegrationTests.Accounts;

public sealed class LedgerOutboxTests(AccountApiFixture api) : IClassFixture<AccountApiFixture>
{
    private IAccountStore Store => api.Host.Services.GetRequiredService<IAccountStore>();

    [Fact]
    public async Task Outbox_UnflushedEntry_ListedThenStored()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(10m));

        // A commit whose flush never ran, as after a crash right after the replace.
        var (account, etag) = (await Store.GetAsync(user.UserId, CancellationToken.None))!;
        var pending = account.Deposit(CashAmount.Parse(5m), "pending-transaction", DateTimeOffset.UtcNow);
        Assert.NotNull(await Store.TryReplaceAsync(account, etag, CancellationToken.None));

        var storedBefore = await Store.GetLedgerAsync(user.UserId, long.MaxValue, 10, CancellationToken.None);
        var listed = await user.AllTransactionsAsync();
        Assert.Single(storedBefore);
        Assert.Equal(["pending-transaction", storedBefore[0].TransactionId], listed.Select(entry => entry.GetProperty("transaction_id").GetString()));
        Assert.Equal(15.00m, await user.BalanceAsync());

        await AccountClient.ReadOkAsync(await user.DepositAsync(1m));

        var storedAfter = await Store.GetLedgerAsync(user.UserId, long.MaxValue, 10, CancellationToken.None);
        var (after, _) = (await Store.GetAsync(user.UserId, CancellationToken.None))!;
        Assert.Equal(3, storedAfter.Count);
        Assert.Contains(storedAfter, entry => entry == pending);
        Assert.Empty(after.Outbox);
        Assert.Equal(3, (await user.AllTransactionsAsync()).Count);
    }

    [Fact]
    public async Task SaveLedgerEntries_Twice_StoresEachEntryOnce()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(10m));
        var stored = await Store.GetLedgerAsync(user.UserId, long.MaxValue, 10, CancellationToken.None);

        await Store.SaveLedgerEntriesAsync(user.UserId, stored, CancellationToken.None);
        await Store.SaveLedgerEntriesAsync(user.UserId, stored, CancellationToken.None);

        Assert.Equal(stored, await Store.GetLedgerAsync(user.UserId, long.MaxValue, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AccountDocument_StoresNumbersAsDecimalStrings()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(11.40m));
        await AccountClient.ReadOkAsync(await user.FillAsync("AAPL", 0.1m, 3m));

        var container = api.Host.Services.GetRequiredService<CosmosDatabase>().Container(TradingContainers.Accounts);
        using var response = await container.ReadItemStreamAsync("account", new PartitionKey(user.UserId));
        using var document = await JsonDocument.ParseAsync(response.Content);
        var root = document.RootElement;

        Assert.Equal("11.10", root.GetProperty("balance").GetString());
        Assert.Equal("0.1", root.GetProperty("positions")[0].GetProperty("quantity").GetString());
        Assert.Equal("3", root.GetProperty("positions")[0].GetProperty("average_price").GetString());
        Assert.Equal(2, root.GetProperty("last_sequence").GetInt64());
        Assert.Empty(root.GetProperty("outbox").EnumerateArray());
    }
}
