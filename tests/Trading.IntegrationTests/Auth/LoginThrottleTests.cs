using System.Net;

namespace Trading.IntegrationTests.Auth;

public sealed class LoginThrottleTests(AuthApiFixture api) : IClassFixture<AuthApiFixture>
{
    private const string WrongPassword = "not the right password";

    private readonly AuthClient client = new(api.Client);

    [Fact]
    public async Task Login_SixthFailure_Returns429UntilWindowPasses()
    {
        await client.RegisterAsync("throttled.user");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.LoginAsync(attempt % 2 == 0 ? "THROTTLED.user" : "throttled.user", WrongPassword);
            Assert.True(failed.Status == HttpStatusCode.Unauthorized, $"Attempt {attempt} returned {failed.Status}.");
        }

        var sixth = await client.LoginAsync("throttled.user", WrongPassword);
        var rightPassword = await client.LoginAsync("Throttled.User");

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.Status);
        var retryAfter = sixth.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        Assert.Equal("/problems/too-many-requests", sixth.String("type"));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightPassword.Status);

        api.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var afterWindow = await client.LoginAsync("throttled.user");

        Assert.Equal(HttpStatusCode.OK, afterWindow.Status);
    }

    [Fact]
    public async Task Login_SuccessAfterFailures_ResetsCount()
    {
        await client.RegisterAsync("reset.user");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await client.LoginAsync("reset.user", WrongPassword);
        }

        await client.LoginSessionAsync("reset.user");
        var afterReset = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            afterReset.Add((await client.LoginAsync("reset.user", WrongPassword)).Status);
        }

        Assert.All(afterReset, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync("reset.user")).Status);
    }

    [Fact]
    public async Task Login_ConcurrentFailures_AreAllCounted()
    {
        await client.RegisterAsync("concurrent.user");

        var failures = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.LoginAsync("concurrent.user", WrongPassword)));
        var next = await client.LoginAsync("concurrent.user");

        Assert.All(failures, failure => Assert.Equal(HttpStatusCode.Unauthorized, failure.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, next.Status);
    }

    [Fact]
    public async Task Login_UnknownUsername_IsThrottledToo()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.LoginAsync("ghost.user", WrongPassword);
        }

        var sixth = await client.LoginAsync("ghost.user", WrongPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.Status);
    }
}
