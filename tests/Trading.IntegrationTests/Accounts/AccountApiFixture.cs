using System.Net;
using System.Text.Json;
using Trading.IntegrationTests.Auth;
using Trading.IntegrationTests.Support;
using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Accounts;

/// <summary>
/// A loopback host for account and portfolio tests, with users registered and logged in through the
/// auth endpoints. It can start more hosts on the same database, which behave like separate Functions
/// instances writing the same accounts.
/// </summary>
public class AccountApiFixture : ApiFixture, IAsyncLifetime
{
    private readonly List<LoopbackFunctionHost> extraHosts = [];

    /// <summary>
    /// Registers and logs in a new user and returns a client that acts as that user against
    /// <paramref name="host"/> (the main host by default). Registration opens the user's account.
    /// </summary>
    public async Task<AccountClient> CreateUserAsync(LoopbackFunctionHost? host = null)
    {
        var auth = new AuthClient(Client);
        var username = $"acct_{Guid.NewGuid():N}"[..20];

        var registered = await auth.RegisterAsync(username);
        Assert.True(registered.Status == HttpStatusCode.Created, $"Registering {username} returned {registered.Status}: {registered.Text}");
        var session = await auth.LoginSessionAsync(username);
        var userId = JsonDocument.Parse(registered.Text).RootElement.GetProperty("id").GetString()!;

        return new AccountClient((host ?? Host).CreateClient(), userId, session.AccessToken);
    }

    /// <summary>Returns a client acting as the same user as <paramref name="client"/> against another host.</summary>
    public AccountClient SameUserOn(AccountClient client, LoopbackFunctionHost host) =>
        new(host.CreateClient(), client.UserId, client.Token);

    /// <summary>Starts another host on this fixture's database, optionally with extra settings.</summary>
    public async Task<LoopbackFunctionHost> StartExtraHostAsync(IDictionary<string, string?>? overrides = null)
    {
        var settings = Settings();
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }

        var host = await LoopbackFunctionHost.StartAsync(settings, ConfigureServices);
        extraHosts.Add(host);
        return host;
    }

    // Re-implements the interface because ApiFixture.DisposeAsync is not virtual.
    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var host in extraHosts)
        {
            await host.DisposeAsync();
        }

        await DisposeAsync();
    }
}
