using Microsoft.Extensions.DependencyInjection;
using Trading.Accounts;

namespace Trading.IntegrationTests.Accounts;

public sealed class AccountOpeningTests(AccountApiFixture api) : IClassFixture<AccountApiFixture>
{
    private IAccountStore Store => api.Host.Services.GetRequiredService<IAccountStore>();

    [Fact]
    public async Task Register_OpensAccountWithZeroBalance()
    {
        var user = await api.CreateUserAsync();

        var stored = await Store.GetAsync(user.UserId, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(0.00m, stored.Account.Balance);
        Assert.Equal(0, stored.Account.LastSequence);
        Assert.Empty(stored.Account.Positions);
    }

    [Fact]
    public async Task OpenAccount_Twice_KeepsFirstAccount()
    {
        var opener = api.Host.Services.GetRequiredService<IAccountOpener>();
        var userId = Guid.NewGuid().ToString();
        var openedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        await opener.OpenAsync(userId, openedAt, CancellationToken.None);
        await opener.OpenAsync(userId, openedAt.AddDays(1), CancellationToken.None);

        var (account, _) = (await Store.GetAsync(userId, CancellationToken.None))!;
        Assert.Equal(openedAt, account.CreatedAt);
        Assert.Equal(0.00m, account.Balance);
    }
}
