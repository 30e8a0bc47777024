using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Auth;

/// <summary>Every access token fault is a 401 with <c>WWW-Authenticate: Bearer</c> and a problem body that never echoes the token.</summary>
public sealed class TokenFaultTests(AuthApiFixture api) : IClassFixture<AuthApiFixture>
{
    private static readonly byte[] TestKey = Convert.FromBase64String(TestEnvironment.AuthSigningKey);
    private static readonly byte[] OtherKey = Enumerable.Range(7, 32).Select(value => (byte)value).ToArray();

    private readonly AuthClient client = new(api.Client);

    [Fact]
    public async Task Logout_HandMadeTokenWithRightKey_Succeeds()
    {
        // Control case: proves the forged tokens below fail for their one fault, not for how they are built.
        var token = await ForgeAsync(now => HandMadeJwt.Create(HandMadeJwt.Header("HS256"), HandMadeJwt.Payload("control-user", now, TimeSpan.FromMinutes(15)), TestKey));

        var response = await client.LogoutAsync(token, token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("missing header")]
    [InlineData("basic scheme")]
    [InlineData("empty bearer")]
    [InlineData("malformed")]
    [InlineData("expired")]
    [InlineData("other key")]
    [InlineData("wrong audience")]
    [InlineData("wrong issuer")]
    [InlineData("alg none")]
    [InlineData("HS256 signature with alg none")]
    [InlineData("revoked")]
    public async Task ProtectedCall_TokenFault_Returns401(string fault)
    {
        var token = await TokenWithFaultAsync(fault);
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/auth/logout")
        {
            Content = new StringContent(AuthClient.Json(new { token = token ?? "x" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = fault switch
        {
            "missing header" => null,
            "basic scheme" => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("user:pass"))),
            "empty bearer" => new AuthenticationHeaderValue("Bearer"),
            _ => new AuthenticationHeaderValue("Bearer", token),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal(401, response.Body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(response.String("detail")));
        if (token is { Length: > 0 })
        {
            Assert.DoesNotContain(token, response.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split('.')[0], response.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ProtectedCall_ExpiredToken_SaysExpired()
    {
        var session = await client.RegisterAndLoginAsync("expired.detail");
        api.Clock.Advance(TimeSpan.FromMinutes(16));

        var response = await client.LogoutAsync(session.AccessToken, session.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("expired", response.String("detail"), StringComparison.Ordinal);
    }

    private async Task<string?> TokenWithFaultAsync(string fault) => fault switch
    {
        "missing header" or "basic scheme" or "empty bearer" => null,
        "malformed" => "eyJhbGciOiJIUzI1NiJ9.not-json.signature",
        "expired" => await ForgeAsync(now => HandMadeJwt.Create(HandMadeJwt.Header("HS256"), HandMadeJwt.Payload("user-x", now.AddHours(-1), TimeSpan.FromMinutes(15)), TestKey)),
        "other key" => await ForgeAsync(now => HandMadeJwt.Create(HandMadeJwt.Header("HS256"), HandMadeJwt.Payload("user-x", now, TimeSpan.FromMinutes(15)), OtherKey)),
        "wrong audience" => await ForgeAsync(now => HandMadeJwt.Create(HandMadeJwt.Header("HS256"), HandMadeJwt.Payload("user-x", now, TimeSpan.FromMinutes(15), audience: "another-api"), TestKey)),
        "wrong issuer" => await ForgeAsync(now => HandMadeJwt.Create(HandMadeJwt.Header("HS256"), HandMadeJwt.Payload("user-x", now, TimeSpan.FromMinutes(15), issuer: "someone-else"), TestKey)),
        "alg none" => await ForgeAsync(now => HandMadeJwt.Create(HandMadeJwt.Header("none"), HandMadeJwt.Payload("user-x", now, TimeSpan.FromMinutes(15)), key: null)),
        "HS256 signature with alg none" => await ForgeAsync(now => HandMadeJwt.Create(HandMadeJwt.Header("none"), HandMadeJwt.Payload("user-x", now, TimeSpan.FromMinutes(15)), TestKey)),
        "revoked" => await RevokedTokenAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "Unknown fault."),
    };

    private Task<string> ForgeAsync(Func<DateTimeOffset, string> create) => Task.FromResult(create(api.Clock.GetUtcNow()));

    private async Task<string> RevokedTokenAsync()
    {
        var username = $"revoked-{Guid.NewGuid():N}"[..20];
        var session = await client.RegisterAndLoginAsync(username);
        var loggedOut = await client.LogoutAsync(session.AccessToken, session.AccessToken);
        Assert.Equal(HttpStatusCode.OK, loggedOut.Status);
        return session.AccessToken;
    }
}
