using Trading.Accounts;
using Trading.Common;

namespace Trading.UnitTests.Accounts;

public sealed class IdempotencyRequestTests
{
    public static TheoryData<string> InvalidKeys => new()
    {
        string.Empty,
        new string('k', 256),
        "caf\u00e9",
        "tab\tkey",
        "line\nbreak",
        "\u007f",
    };

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public void Create_InvalidKey_RaisesValidationErrorNamingHeader(string key)
    {
        var exception = Assert.Throws<DomainException>(() => IdempotencyRequest.Create(key, "deposit", 10m));

        Assert.Equal(DomainErrorKind.Validation, exception.Kind);
        Assert.True(exception.Errors.ContainsKey("Idempotency-Key"));
    }

    [Fact]
    public void Create_AbsentKey_ReturnsNull()
    {
        Assert.Null(IdempotencyRequest.Create(null, "deposit", 10m));
    }

    [Fact]
    public void Create_LongestPrintableKey_IsAccepted()
    {
        var key = new string('~', 255);

        var request = IdempotencyRequest.Create(key, "deposit", 10m);

        Assert.NotNull(request);
        Assert.Equal(key, request.Key);
    }

    [Fact]
    public void Create_TrailingZeros_SameHash()
    {
        var first = IdempotencyRequest.Create("k", "deposit", 10m)!;
        var second = IdempotencyRequest.Create("k", "deposit", 10.00m)!;

        Assert.Equal(first.RequestHash, second.RequestHash);
    }

    [Fact]
    public void Create_OtherOperationOrAmount_HasOtherHash()
    {
        var deposit = IdempotencyRequest.Create("k", "deposit", 10m)!;
        var withdrawal = IdempotencyRequest.Create("k", "withdraw", 10m)!;
        var otherAmount = IdempotencyRequest.Create("k", "deposit", 10.01m)!;

        Assert.NotEqual(deposit.RequestHash, withdrawal.RequestHash);
        Assert.NotEqual(deposit.RequestHash, otherAmount.RequestHash);
    }
}
