using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Trading.Auth;
using Trading.Common;
using Trading.Infrastructure.Cosmos;

namespace Trading.IntegrationTests.Auth;

public sealed class AuthFlowTests(AuthApiFixture api) : IClassFixture<AuthApiFixture>
{
    private readonly AuthClient client = new(api.Client);

    [Fact]
    public async Task Session_FullLifecycle_EndsRevoked()
    {
        // Register.
        var registered = await client.RegisterAsync("Flow.User");
        Assert.Equal(HttpStatusCode.Created, registered.Status);
        Assert.Equal("Flow.User", registered.String("username"));
        Assert.Matches("^[0-9a-f]{32}$", registered.String("id"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", registered.String("created_at"));

        // Log in twice: two independent sessions.
        var first = await client.LoginSessionAsync("flow.user");
        var second = await client.LoginSessionAsync("FLOW.USER");
        Assert.Equal(api.Clock.GetUtcNow().AddMinutes(15).ToUnixTimeSeconds(), first.ExpiresAt.ToUnixTimeSeconds());
        Assert.Equal(api.Clock.GetUtcNow().AddDays(30).ToUnixTimeSeconds(), first.RefreshExpiresAt.ToUnixTimeSeconds());

        // A protected call succeeds: the validator accepts the first token, and logout of the second session succeeds.
        var validator = api.Host.Services.GetRequiredService<IAccessTokenValidator>();
        var caller = await validator.ValidateAsync(first.AccessToken, CancellationToken.None);
        Assert.Equal(registered.String("id"), caller.UserId);

        var loggedOut = await client.LogoutAsync(second.AccessToken, second.AccessToken);
        Assert.Equal(HttpStatusCode.OK, loggedOut.Status);
        Assert.Equal("Logged out successfully", loggedOut.String("message"));

        // After logout the access token is refused and its refresh token fails.
        var refusedAfterLogout = await client.LogoutAsync(second.AccessToken, second.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedAfterLogout.Status);
        Assert.Equal("Bearer", refusedAfterLogout.Headers.WwwAuthenticate.Single().Scheme);
        await Assert.ThrowsAsync<DomainException>(() => validator.ValidateAsync(second.AccessToken, CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.RefreshAsync(second.RefreshToken)).Status);

        // Refresh of the first session returns a new pair.
        var refreshed = await client.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        var rotated = Session.From(refreshed);
        Assert.NotEqual(first.RefreshToken, rotated.RefreshToken);
        Assert.NotEqual(first.AccessToken, rotated.AccessToken);
        Assert.Equal(caller.UserId, (await validator.ValidateAsync(rotated.AccessToken, CancellationToken.None)).UserId);

        // Reusing the replaced refresh token fails and revokes the family: the new refresh and access tokens die too.
        var reused = await client.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.Status);
        Assert.Equal("/problems/invalid-refresh-token", reused.String("type"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.RefreshAsync(rotated.RefreshToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LogoutAsync(rotated.AccessToken, rotated.AccessToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LogoutAsync(first.AccessToken, first.AccessToken)).Status);
    }

    [Fact]
    public async Task Register_NewUser_OpensAccountWithZeroBalance()
    {
        var registered = await client.RegisterAsync("account.owner");
        var userId = registered.String("id");

        var account = await StoredDocuments.ReadAsync(api.Host, TradingContainers.Accounts, "account", userId);

        Assert.NotNull(account);
        Assert.Equal(0m, decimal.Parse(account.Value.GetProperty("balance").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Register_StoresOnlyHashOfPassword()
    {
        await client.RegisterAsync("Hash.Check");

        var user = await StoredDocuments.ReadAsync(api.Host, TradingContainers.Users, "hash.check", "hash.check");

        Assert.NotNull(user);
        Assert.DoesNotContain(AuthClient.GoodPassword, user.Value.GetRawText(), StringComparison.Ordinal);
        Assert.StartsWith("pbkdf2-sha256$100000$", user.Value.GetProperty("password_hash").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_Concurrent_OneWins()
    {
        var session = await client.RegisterAndLoginAsync("race.user");

        var results = await Task.WhenAll(client.RefreshAsync(session.RefreshToken), client.RefreshAsync(session.RefreshToken));

        Assert.Equal(1, results.Count(result => result.Status == HttpStatusCode.OK));
        Assert.Equal(1, results.Count(result => result.Status == HttpStatusCode.Unauthorized));
        var winner = Session.From(results.Single(result => result.Status == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.RefreshAsync(winner.RefreshToken)).Status);
    }

    [Fact]
    public async Task Refresh_AfterLifetime_Fails()
    {
        var session = await client.RegisterAndLoginAsync("expiring.user");

        api.Clock.Advance(TimeSpan.FromDays(30));
        var refreshed = await client.RefreshAsync(session.RefreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.Status);
    }

    [Fact]
    public async Task Logout_OwnOtherSession_RevokesIt()
    {
        var current = await client.RegisterAndLoginAsync("two.devices");
        var other = await client.LoginSessionAsync("two.devices");

        var loggedOut = await client.LogoutAsync(current.AccessToken, other.AccessToken);

        Assert.Equal(HttpStatusCode.OK, loggedOut.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.RefreshAsync(other.RefreshToken)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.RefreshAsync(current.RefreshToken)).Status);
    }

    [Fact]
    public async Task Logout_OtherUsersToken_Returns400()
    {
        var mallory = await client.RegisterAndLoginAsync("mallory");
        var victim = await client.RegisterAndLoginAsync("victim");

        var loggedOut = await client.LogoutAsync(mallory.AccessToken, victim.AccessToken);

        Assert.Equal(HttpStatusCode.BadRequest, loggedOut.Status);
        Assert.Equal(["token"], loggedOut.ErrorFields);
        Assert.Equal(HttpStatusCode.OK, (await client.RefreshAsync(victim.RefreshToken)).Status);
    }
}
