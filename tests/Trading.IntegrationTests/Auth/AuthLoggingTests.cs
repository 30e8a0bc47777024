using System.Net;
using Microsoft.Extensions.Logging;
using Trading.Infrastructure.Cosmos;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Auth;

public sealed class AuthLoggingTests(AuthApiFixture api) : IClassFixture<AuthApiFixture>
{
    private readonly AuthClient client = new(api.Client);

    [Fact]
    public async Task FullFlow_LogsAtTrace_ContainNoSecrets()
    {
        const string password = "log-check secret passphrase";
        const string wrongPassword = "log-check wrong passphrase";
        var secrets = new List<string> { password, wrongPassword, password.Replace(' ', '-'), TestEnvironment.AuthSigningKey, TestEnvironment.CosmosKey };

        var registered = await client.RegisterAsync("Log.Check", password);
        Assert.Equal(HttpStatusCode.Created, registered.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync("log.check", wrongPassword)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(password.Replace(' ', '-'), password)).Status);
        var first = await client.LoginSessionAsync("log.check", password);
        var refreshed = Session.From(await client.RefreshAsync(first.RefreshToken));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.RefreshAsync(first.RefreshToken)).Status);
        var second = await client.LoginSessionAsync("log.check", password);
        Assert.Equal(HttpStatusCode.OK, (await client.LogoutAsync(second.AccessToken, second.AccessToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LogoutAsync(second.AccessToken, second.AccessToken)).Status);

        var user = await StoredDocuments.ReadAsync(api.Host, TradingContainers.Users, "log.check", "log.check");
        var hash = user!.Value.GetProperty("password_hash").GetString()!;
        secrets.Add(hash);
        secrets.AddRange(hash.Split('$').Where(part => part.Length >= 16));
        foreach (var session in new[] { first, refreshed, second })
        {
            secrets.Add(session.AccessToken);
            secrets.AddRange(session.AccessToken.Split('.'));
            secrets.Add(session.RefreshToken);
        }

        var records = api.Logs.GetSnapshot();
        var lines = records.Select(record => string.Join(
            " | ",
            record.Message,
            string.Join(",", record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? []),
            record.Exception?.ToString() ?? string.Empty)).ToList();

        Assert.Contains(records, record => record.Level == LogLevel.Information && record.Message.Contains(registered.String("id"), StringComparison.Ordinal));
        Assert.Contains(records, record => record.Level < LogLevel.Information);
        foreach (var secret in secrets)
        {
            var leaking = lines.FirstOrDefault(line => line.Contains(secret, StringComparison.Ordinal));
            Assert.True(leaking is null, $"A log line contains a secret: {leaking}");
        }
    }
}
