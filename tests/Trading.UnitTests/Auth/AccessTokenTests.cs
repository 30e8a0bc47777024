using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Trading.Auth;
using Trading.Common;
using Trading.Infrastructure.Auth;

namespace Trading.UnitTests.Auth;

public sealed class AccessTokenTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(value => (byte)value).ToArray();
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider time = new(Start);
    private readonly InMemoryRevokedTokenStore revoked = new();
    private readonly AuthOptions options = new() { SigningKey = Convert.ToBase64String(Key) };
    private readonly JwtAccessTokenCodec codec;
    private readonly AccessTokenValidator validator;

    public AccessTokenTests()
    {
        codec = new JwtAccessTokenCodec(Options.Create(options), time, NullLogger<JwtAccessTokenCodec>.Instance);
        validator = new AccessTokenValidator(codec, revoked, time, Options.Create(options));
    }

    [Fact]
    public async Task Validate_IssuedToken_ReturnsUser()
    {
        var issued = codec.Issue("user-1", "family-1");

        var user = await validator.ValidateAsync(issued.Token, CancellationToken.None);

        Assert.Equal("user-1", user.UserId);
        Assert.Equal(issued.TokenId, user.TokenId);
        Assert.Equal(Start + TimeSpan.FromMinutes(15), user.ExpiresAt);
    }

    [Fact]
    public void Issue_Token_CarriesStandardClaims()
    {
        var issued = codec.Issue("user-1", "family-1");
        var token = new JsonWebToken(issued.Token);

        Assert.Equal("HS256", token.Alg);
        Assert.Equal("trading-platform", token.Issuer);
        Assert.Equal(["trading-platform-api"], token.Audiences);
        Assert.Equal("user-1", token.Subject);
        Assert.Equal(issued.TokenId, token.Id);
        Assert.Equal("family-1", token.GetPayloadValue<string>("fam"));
        Assert.Equal(Start.UtcDateTime, token.IssuedAt);
        Assert.Equal((Start + TimeSpan.FromMinutes(15)).UtcDateTime, token.ValidTo);
    }

    [Fact]
    public async Task Validate_ExpiredWithinSkew_Accepts()
    {
        var issued = codec.Issue("user-1", "family-1");
        time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(29));

        var user = await validator.ValidateAsync(issued.Token, CancellationToken.None);

        Assert.Equal("user-1", user.UserId);
    }

    [Fact]
    public async Task Validate_ExpiredBeyondSkew_Rejects()
    {
        var issued = codec.Issue("user-1", "family-1");
        time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(30));

        var exception = await Assert.ThrowsAsync<DomainException>(() => validator.ValidateAsync(issued.Token, CancellationToken.None));

        Assert.Equal(DomainErrorKind.Unauthenticated, exception.Kind);
        Assert.Contains("expired", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RevokedToken_Rejects()
    {
        var issued = codec.Issue("user-1", "family-1");
        await revoked.RevokeAsync(issued.TokenId, "user-1", issued.ExpiresAt, CancellationToken.None);

        var exception = await Assert.ThrowsAsync<DomainException>(() => validator.ValidateAsync(issued.Token, CancellationToken.None));

        Assert.Contains("revoked", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ForgedTokens()
    {
        var header = new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" };
        var good = HandMadeJwt.Payload("trading-platform", "trading-platform-api", Start, TimeSpan.FromMinutes(15));
        var otherKey = Enumerable.Range(100, 32).Select(value => (byte)value).ToArray();

        return new TheoryData<string, string>
        {
            { "other key", HandMadeJwt.Create(header, good, otherKey) },
            { "alg none", HandMadeJwt.Create(new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT" }, good, key: null) },
            { "alg none with signature", HandMadeJwt.Create(new Dictionary<string, object> { ["alg"] = "none" }, good, Key) },
            { "HS384", HandMadeJwt.Create(new Dictionary<string, object> { ["alg"] = "HS384", ["typ"] = "JWT" }, good, Key) },
            { "wrong issuer", HandMadeJwt.Create(header, HandMadeJwt.Payload("someone-else", "trading-platform-api", Start, TimeSpan.FromMinutes(15)), Key) },
            { "wrong audience", HandMadeJwt.Create(header, HandMadeJwt.Payload("trading-platform", "another-api", Start, TimeSpan.FromMinutes(15)), Key) },
            { "no family claim", HandMadeJwt.Create(header, Without(good, "fam"), Key) },
            { "no subject", HandMadeJwt.Create(header, Without(good, "sub"), Key) },
            { "no expiry", HandMadeJwt.Create(header, Without(good, "exp"), Key) },
            { "not before in future", HandMadeJwt.Create(header, HandMadeJwt.Payload("trading-platform", "trading-platform-api", Start.AddMinutes(5), TimeSpan.FromMinutes(15)), Key) },
            { "garbage", "not-a-token" },
            { "three dots", "a.b.c" },
            { "too long", new string('a', 5000) },
        };
    }

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task Validate_ForgedToken_Rejects(string fault, string token)
    {
        var exception = await Assert.ThrowsAsync<DomainException>(() => validator.ValidateAsync(token, CancellationToken.None));

        Assert.True(exception.Kind == DomainErrorKind.Unauthenticated, $"Fault '{fault}' gave {exception.Kind}.");
        Assert.DoesNotContain(token, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_HandMadeGoodToken_Accepts()
    {
        // Proves the forged-token cases above fail for their one fault, not for the way they are built.
        var header = new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" };
        var token = HandMadeJwt.Create(header, HandMadeJwt.Payload("trading-platform", "trading-platform-api", Start, TimeSpan.FromMinutes(15)), Key);

        var user = await validator.ValidateAsync(token, CancellationToken.None);

        Assert.Equal("user-1", user.UserId);
    }

    [Fact]
    public async Task Read_ExpiredToken_StillReturnsClaims()
    {
        var issued = codec.Issue("user-1", "family-1");
        time.Advance(TimeSpan.FromHours(2));

        var claims = await codec.ReadAsync(issued.Token, CancellationToken.None);

        Assert.NotNull(claims);
        Assert.Equal("family-1", claims.FamilyId);
    }

    private static Dictionary<string, object> Without(Dictionary<string, object> payload, string claim)
    {
        var copy = new Dictionary<string, object>(payload);
        copy.Remove(claim);
        return copy;
    }
}
