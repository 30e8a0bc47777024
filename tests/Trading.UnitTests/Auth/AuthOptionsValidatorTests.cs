using Trading.Auth;

namespace Trading.UnitTests.Auth;

public sealed class AuthOptionsValidatorTests
{
    private static readonly string GoodKey = Convert.ToBase64String(new byte[32]);

    [Fact]
    public void Validate_Defaults_WithKey_Succeed()
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions { SigningKey = GoodKey });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")]
    public void Validate_BadSigningKey_NamesSetting(string key)
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions { SigningKey = key });

        Assert.True(result.Failed);
        Assert.Contains("Auth__SigningKey", result.FailureMessage, StringComparison.Ordinal);
        if (key.Length > 0)
        {
            Assert.DoesNotContain(key, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(99_999)]
    [InlineData(0)]
    [InlineData(10_000_001)]
    public void Validate_IterationsOutOfRange_NamesSetting(int iterations)
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions { SigningKey = GoodKey, PasswordIterations = iterations });

        Assert.True(result.Failed);
        Assert.Contains("Auth__PasswordIterations", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefreshShorterThanAccess_NamesSetting()
    {
        var options = new AuthOptions { SigningKey = GoodKey, AccessTokenLifetime = TimeSpan.FromHours(2), RefreshTokenLifetime = TimeSpan.FromHours(1) };

        var result = new AuthOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Auth__RefreshTokenLifetime", result.FailureMessage, StringComparison.Ordinal);
    }
}
