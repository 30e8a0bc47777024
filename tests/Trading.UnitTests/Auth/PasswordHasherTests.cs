using Trading.Auth;

namespace Trading.UnitTests.Auth;

public sealed class PasswordHasherTests
{
    // Far below the production minimum, to keep the unit tests fast; the code path is the same.
    private const int TestIterations = 1_000;

    private readonly PasswordHasher hasher = new(TestIterations);

    [Fact]
    public void Verify_RightPassword_Succeeds()
    {
        var hash = hasher.Hash("correct horse battery");

        var result = hasher.Verify("correct horse battery", hash);

        Assert.Equal(PasswordVerification.Succeeded, result);
    }

    [Theory]
    [InlineData("correct horse batterY")]
    [InlineData("correct horse battery ")]
    [InlineData("")]
    public void Verify_WrongPassword_Fails(string attempt)
    {
        var hash = hasher.Hash("correct horse battery");

        var result = hasher.Verify(attempt, hash);

        Assert.Equal(PasswordVerification.Failed, result);
    }

    [Fact]
    public void Hash_SamePasswordTwice_UsesDifferentSalts()
    {
        var first = hasher.Hash("correct horse battery");
        var second = hasher.Hash("correct horse battery");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Hash_Format_DescribesAlgorithmIterationsSaltAndHash()
    {
        var parts = hasher.Hash("correct horse battery").Split('$');

        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("1000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    [Fact]
    public void Verify_FewerStoredIterations_AsksForRehash()
    {
        var oldHash = new PasswordHasher(TestIterations / 2).Hash("correct horse battery");

        var result = hasher.Verify("correct horse battery", oldHash);

        Assert.Equal(PasswordVerification.SucceededRehashNeeded, result);
    }

    [Fact]
    public void Verify_MoreStoredIterations_SucceedsWithoutRehash()
    {
        var strongerHash = new PasswordHasher(TestIterations * 2).Hash("correct horse battery");

        var result = hasher.Verify("correct horse battery", strongerHash);

        Assert.Equal(PasswordVerification.Succeeded, result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("bcrypt$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$zero$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$")]
    public void Verify_MalformedStoredHash_ThrowsFormatException(string storedHash)
    {
        Assert.Throws<FormatException>(() => hasher.Verify("correct horse battery", storedHash));
    }

    [Fact]
    public void VerifyAgainstDummy_AnyPassword_DoesNotThrow()
    {
        var exception = Record.Exception(() => hasher.VerifyAgainstDummy("correct horse battery"));

        Assert.Null(exception);
    }

    [Fact]
    public void Constructor_ZeroIterations_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PasswordHasher(0));
    }
}
