using Trading.Auth;
using Trading.Common;

namespace Trading.UnitTests.Auth;

public sealed class CredentialRulesTests
{
    private const string GoodPassword = "correct horse battery";

    [Theory]
    [InlineData("abc")]
    [InlineData("Alice.Smith_01-x")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void ValidateRegistration_GoodUsername_Passes(string username)
    {
        var exception = Record.Exception(() => CredentialRules.ValidateRegistration(username, GoodPassword));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    [InlineData("alice smith")]
    [InlineData("alice@example")]
    [InlineData("alice\u0000")]
    [InlineData("alice\n")]
    [InlineData("älice")]
    [InlineData("alice/bob")]
    public void ValidateRegistration_BadUsername_NamesUsername(string? username)
    {
        var exception = Assert.Throws<DomainException>(() => CredentialRules.ValidateRegistration(username, GoodPassword));

        Assert.Equal(DomainErrorKind.Validation, exception.Kind);
        Assert.Equal(["username"], exception.Errors.Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("elevenchars")]
    [InlineData("twelve\tchars")]
    [InlineData("twelve chars\u007f")]
    [InlineData("ALICE.SMITH-01")]
    public void ValidateRegistration_BadPassword_NamesPassword(string? password)
    {
        var exception = Assert.Throws<DomainException>(() => CredentialRules.ValidateRegistration("alice.smith-01", password));

        Assert.Equal(["password"], exception.Errors.Keys);
    }

    [Fact]
    public void ValidateRegistration_PasswordTooLong_NamesPassword()
    {
        var exception = Assert.Throws<DomainException>(() => CredentialRules.ValidateRegistration("alice", new string('x', 129)));

        Assert.Equal(["password"], exception.Errors.Keys);
    }

    [Fact]
    public void ValidateRegistration_LongestPassword_Passes()
    {
        var exception = Record.Exception(() => CredentialRules.ValidateRegistration("alice", new string('x', 128)));

        Assert.Null(exception);
    }

    [Fact]
    public void ValidateRegistration_BothBad_NamesBothFields()
    {
        var exception = Assert.Throws<DomainException>(() => CredentialRules.ValidateRegistration("a", "short"));

        Assert.Contains("username", exception.Errors.Keys);
        Assert.Contains("password", exception.Errors.Keys);
    }

    [Fact]
    public void ValidateLogin_ShortPassword_Passes()
    {
        // Login checks only the shape, so a later, stricter policy never locks out an existing password.
        var exception = Record.Exception(() => CredentialRules.ValidateLogin("alice", "short"));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("alice", null, "password")]
    [InlineData("alice", "", "password")]
    [InlineData("alice", "pass\u0001word", "password")]
    [InlineData(null, "password", "username")]
    [InlineData("al", "password", "username")]
    public void ValidateLogin_BadInput_NamesField(string? username, string? password, string field)
    {
        var exception = Assert.Throws<DomainException>(() => CredentialRules.ValidateLogin(username, password));

        Assert.Equal([field], exception.Errors.Keys);
    }

    [Fact]
    public void Normalize_MixedCase_LowerCases()
    {
        Assert.Equal("alice.smith", CredentialRules.Normalize("Alice.SMITH"));
    }
}
