using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.Auth;
using Trading.IntegrationTests.Support;
using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Accounts;

/// <summary>
/// A loopback host for account and portfolio tests, with users created on demand. It can start more
/// hosts on the same database, which behave like separate Functions instances writing the same accounts.
/// </summary>
public class AccountApiFixture : ApiFixture, IAsyncLifetime
{
    private readonly List<LoopbackFunctionHost> extraHosts = [];

    /// <summary>Creates a new user and returns a client that acts as that user against <paramref name="host"/> (the main host by default).</summary>
    public Task<AccountClient> CreateUserAsync(LoopbackFunctionHost? host = null)
    {
        var userId = Guid.NewGuid().ToString();
        var http = (host ?? Host).CreateClient();
        return Task.FromResult(new AccountClient(http, userId, TestAccessTokenValidator.TokenFor(userId)));
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

        await base.DisposeAsync();
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<IAccessTokenValidator>();
        services.AddSingleton<IAccessTokenValidator, TestAccessTokenValidator>();
    }
}
