using Trading.Accounts;
using Trading.Common;

namespace Trading.UnitTests.Accounts;

public sealed class RecentIdempotencyKeysTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Find_SameKeyAndRequest_ReturnsFirstOutcome()
    {
        var keys = new RecentIdempotencyKeys([]);
        var request = IdempotencyRequest.Create("key-1", "deposit", 10m)!;
        keys.Remember(request, "t1", 10.00m, null, Now);

        var record = keys.Find(request, Now.AddHours(23));

        Assert.NotNull(record);
        Assert.Equal("t1", record.TransactionId);
        Assert.Equal(10.00m, record.NewBalance);
    }

    [Fact]
    public void Find_SameKeyOtherRequest_RaisesKeyReused()
    {
        var keys = new RecentIdempotencyKeys([]);
        keys.Remember(IdempotencyRequest.Create("key-1", "deposit", 10m)!, "t1", 10.00m, null, Now);

        var exception = Assert.Throws<DomainException>(() => keys.Find(IdempotencyRequest.Create("key-1", "deposit", 11m)!, Now));

        Assert.Equal("idempotency-key-reused", exception.Code);
        Assert.Equal(DomainErrorKind.BusinessRule, exception.Kind);
    }

    [Fact]
    public void Find_After24Hours_ReturnsNull()
    {
        var keys = new RecentIdempotencyKeys([]);
        var request = IdempotencyRequest.Create("key-1", "deposit", 10m)!;
        keys.Remember(request, "t1", 10.00m, null, Now);

        var record = keys.Find(request, Now.AddHours(24));

        Assert.Null(record);
    }

    [Fact]
    public void Remember_BeyondCapacity_DropsOldestKeys()
    {
        var keys = new RecentIdempotencyKeys([]);
        for (var i = 0; i <= RecentIdempotencyKeys.Capacity; i++)
        {
            keys.Remember(IdempotencyRequest.Create($"key-{i}", "deposit", 1m)!, $"t{i}", 1m, null, Now.AddSeconds(i));
        }

        Assert.Equal(RecentIdempotencyKeys.Capacity, keys.Records.Count);
        Assert.Null(keys.Find(IdempotencyRequest.Create("key-0", "deposit", 1m)!, Now.AddSeconds(600)));
        Assert.NotNull(keys.Find(IdempotencyRequest.Create("key-1", "deposit", 1m)!, Now.AddSeconds(600)));
    }

    [Fact]
    public void Remember_ExpiredKeys_AreDropped()
    {
        var keys = new RecentIdempotencyKeys([]);
        keys.Remember(IdempotencyRequest.Create("old", "deposit", 1m)!, "t1", 1m, null, Now);

        keys.Remember(IdempotencyRequest.Create("new", "deposit", 1m)!, "t2", 2m, null, Now.AddDays(2));

        var record = Assert.Single(keys.Records);
        Assert.Equal("new", record.Key);
    }
}
