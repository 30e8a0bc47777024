using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Trading.Auth;

namespace Trading.Infrastructure.Auth;

/// <summary>
/// Signs and reads HS256 JWT access tokens with <see cref="JsonWebTokenHandler"/>. Only HS256 with the
/// configured key is accepted, so unsigned (<c>alg: none</c>) tokens and other algorithms fail. Lifetime
/// is left to <see cref="AccessTokenValidator"/>, which checks it against the injected
/// <see cref="TimeProvider"/> rather than the system clock.
/// </summary>
public sealed partial class JwtAccessTokenCodec : IAccessTokenCodec
{
    /// <summary>Private claim holding the refresh token family id, so logout can revoke the family.</summary>
    public const string FamilyClaim = "fam";

    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly AuthOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<JwtAccessTokenCodec> logger;
    private readonly SigningCredentials credentials;
    private readonly TokenValidationParameters validation;

    public JwtAccessTokenCodec(IOptions<AuthOptions> options, TimeProvider time, ILogger<JwtAccessTokenCodec> logger)
    {
        this.options = options.Value;
        this.time = time;
        this.logger = logger;

        var keyBytes = AuthOptionsValidator.DecodeSigningKey(this.options.SigningKey)
            ?? throw new InvalidOperationException("Setting Auth__SigningKey is missing or is not base64.");
        var key = new SymmetricSecurityKey(keyBytes);

        credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        validation = new TokenValidationParameters
        {
            ValidIssuer = this.options.Issuer,
            ValidAudience = this.options.Audience,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            RequireAudience = true,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = false,
            RequireExpirationTime = true,
        };
    }

    public IssuedAccessToken Issue(string userId, string familyId)
    {
        var now = time.GetUtcNow();
        var issuedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var expiresAt = issuedAt + options.AccessTokenLifetime;
        var tokenId = Guid.NewGuid().ToString("N");

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = credentials,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = userId,
                [JwtRegisteredClaimNames.Jti] = tokenId,
                [FamilyClaim] = familyId,
            },
        };

        return new IssuedAccessToken(handler.CreateToken(descriptor), tokenId, expiresAt);
    }

    public async Task<AccessTokenClaims?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = await handler.ValidateTokenAsync(token, validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            // The exception type names the failed check; its message is not logged because it may quote token parts.
            LogRejected(result.Exception?.GetType().Name ?? "unknown");
            return null;
        }

        var family = jwt.TryGetPayloadValue<string>(FamilyClaim, out var familyId) ? familyId : null;
        if (string.IsNullOrEmpty(jwt.Subject) || string.IsNullOrEmpty(jwt.Id) || string.IsNullOrEmpty(family)
            || jwt.ValidTo == DateTime.MinValue || jwt.ValidFrom == DateTime.MinValue)
        {
            LogRejected("MissingClaim");
            return null;
        }

        return new AccessTokenClaims(
            jwt.Subject,
            jwt.Id,
            family,
            new DateTimeOffset(jwt.ValidFrom, TimeSpan.Zero),
            new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
    }

    [LoggerMessage(EventId = 2140, Level = LogLevel.Debug, Message = "Rejected an access token: {Reason}")]
    private partial void LogRejected(string reason);
}
