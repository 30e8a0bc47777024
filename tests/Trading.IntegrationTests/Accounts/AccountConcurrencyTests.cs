using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Trading.Accounts;
using Trading.LoopbackHost;
using Xunit.Abstractions;
using System.Diagnostics.Metrics;

namespace Trading.IntegrationTests.Accounts;

public sealed class AccountConcurrencyTests(AccountApiFixture api, ITestOutputHelper output) : IClassFixture<AccountApiFixture>
{
    [Fact]
    public async Task Withdraw_200ConcurrentOnTwoHosts_Exactly100Succeed()
    {
        var second = await api.StartExtraHostAsync();
        var user = await api.CreateUserAsync();
        var sameUserOnSecond = api.SameUserOn(user, second);
        await AccountClient.ReadOkAsync(await user.DepositAsync(1000m));
        using var conflicts = Conflicts(api.Host, second);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            (i % 2 == 0 ? user : sameUserOnSecond).WithdrawAsync(10.00m)));

        await AssertHundredWithdrawalsAsync(user, responses);
        output.WriteLine($"Conflicting replaces retried (412) across two hosts: {conflicts.Total}");
    }

    [Fact]
    public async Task Withdraw_200ConcurrentUnqueued_Exactly100Succeed()
    {
        // 200 writers racing on one document need far more attempts than the default allows, because each
        // round has one winner. The bound is raised so that the test checks correctness, not the give-up path.
        var unqueued = await api.StartExtraHostAsync(new Dictionary<string, string?>
        {
            ["Accounts:SerializeWritesInProcess"] = "false",
            ["Accounts:MaxWriteAttempts"] = "1000",
        });
        var user = await api.CreateUserAsync(unqueued);
        await AccountClient.ReadOkAsync(await user.DepositAsync(1000m));
        using var conflicts = Conflicts(unqueued);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => user.WithdrawAsync(10.00m)));

        await AssertHundredWithdrawalsAsync(user, responses);
        Assert.True(conflicts.Total > 0, "200 unqueued writers of one account produced no 412; the ETag path was not exercised.");
        output.WriteLine($"Conflicting replaces retried (412) with only the ETag check: {conflicts.Total}");
    }

    [Fact]
    public async Task Deposit_SameKey20TimesConcurrently_AppliesOnce()
    {
        var second = await api.StartExtraHostAsync();
        var user = await api.CreateUserAsync();
        var sameUserOnSecond = api.SameUserOn(user, second);
        await AccountClient.ReadOkAsync(await user.DepositAsync(1.00m));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? user : sameUserOnSecond).DepositAsync(250.00m, "deposit-key-1")));
        var bodies = await Task.WhenAll(responses.Select(response => response.Content.ReadAsStringAsync()));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Contains("\"new_balance\":251.00", bodies[0]);
        Assert.Equal(251.00m, await user.BalanceAsync());
        Assert.Equal(2, (await user.AllTransactionsAsync()).Count);
    }

    [Fact]
    public async Task IdempotencyKey_OtherRequest_Returns422()
    {
        var user = await api.CreateUserAsync();
        var first = await AccountClient.ReadOkAsync(await user.DepositAsync(100m, "key-A"));

        using var otherAmount = await user.DepositAsync(100.01m, "key-A");
        using var otherEndpoint = await user.WithdrawAsync(100m, "key-A");
        using var otherFill = await user.FillAsync("AAPL", 1m, 1m, "key-A");
        using var sameAmountOtherScale = await user.DepositAsync(100.00m, "key-A");
        using var otherUserSameKey = await (await api.CreateUserAsync()).DepositAsync(7m, "key-A");

        await AccountBadInputTests.AssertProblemAsync(otherAmount, 422, "Idempotency-Key");
        await AccountBadInputTests.AssertProblemAsync(otherEndpoint, 422, "Idempotency-Key");
        await AccountBadInputTests.AssertProblemAsync(otherFill, 422, "Idempotency-Key");
        var replay = await AccountClient.ReadOkAsync(sameAmountOtherScale);
        Assert.Equal(first.GetProperty("transaction_id").GetString(), replay.GetProperty("transaction_id").GetString());
        Assert.Equal(HttpStatusCode.OK, otherUserSameKey.StatusCode);
        Assert.Equal(100.00m, await user.BalanceAsync());
        Assert.Single(await user.AllTransactionsAsync());
    }

    [Fact]
    public async Task Fill_SameKeyRepeated_ReturnsFirstResponse()
    {
        var user = await api.CreateUserAsync();
        await AccountClient.ReadOkAsync(await user.DepositAsync(1000m));
        var first = await (await user.FillAsync("IBM", 2m, 100m, "fill-1")).Content.ReadAsStringAsync();
        await AccountClient.ReadOkAsync(await user.FillAsync("IBM", 3m, 110m));

        var again = await (await user.FillAsync("ibm", 2.0m, 100.00m, "fill-1")).Content.ReadAsStringAsync();

        Assert.Equal(first, again);
        Assert.Contains("\"quantity\":2", again);
        Assert.Equal(470.00m, await user.BalanceAsync());
    }

    private static async Task AssertHundredWithdrawalsAsync(AccountClient user, HttpResponseMessage[] responses)
    {
        var statuses = responses.Select(response => (int)response.StatusCode).ToList();
        var problems = await Task.WhenAll(responses
            .Where(response => response.StatusCode == HttpStatusCode.UnprocessableEntity)
            .Select(AccountClient.ReadJsonAsync));
        var ledger = await user.AllTransactionsAsync();
        var withdrawals = ledger.Where(entry => entry.GetProperty("kind").GetString() == "withdrawal").ToList();

        Assert.Equal(100, statuses.Count(status => status == 200));
        Assert.Equal(100, statuses.Count(status => status == 422));
        Assert.All(problems, problem => Assert.Equal("/problems/insufficient-funds", problem.GetProperty("type").GetString()));
        Assert.Equal(0.00m, await user.BalanceAsync());
        Assert.Equal(100, withdrawals.Count);
        Assert.Equal(
            Enumerable.Range(0, 100).Select(i => i * 10.00m),
            withdrawals.Select(entry => entry.GetProperty("balance_after").GetDecimal()));
        Assert.Equal(Enumerable.Range(1, 101).Reverse().Select(i => (long)i), ledger.Select(entry => entry.GetProperty("sequence").GetInt64()));
    }

    private static ConflictCounter Conflicts(params LoopbackFunctionHost[] hosts) => new(hosts);

    /// <summary>Counts the 412 retries of <see cref="AccountMetrics"/> on the given hosts.</summary>
    private sealed class ConflictCounter : IDisposable
    {
        private readonly List<MetricCollector<long>> collectors;

        public ConflictCounter(IEnumerable<LoopbackFunctionHost> hosts) =>
            collectors = hosts
                .Select(host => new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), AccountMetrics.MeterName, AccountMetrics.ConflictsInstrument))
                .ToList();

        public long Total => collectors.Sum(collector => collector.GetMeasurementSnapshot().Sum(measurement => measurement.Value));

        public void Dispose() => collectors.ForEach(collector => collector.Dispose());
    }
}
