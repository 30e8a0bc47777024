namespace Trading.Auth;

/// <summary>
/// Settings under <c>Auth</c> (environment variables <c>Auth__SigningKey</c> and so on). Durations use
/// the .NET <see cref="TimeSpan"/> format, such as <c>00:15:00</c> for 15 minutes.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The lowest accepted <see cref="PasswordIterations"/>; tests use it to keep hashing fast.</summary>
    public const int MinimumPasswordIterations = 100_000;

    /// <summary>The shortest accepted signing key: 256 bits, the HS256 hash size.</summary>
    public const int MinimumSigningKeyBytes = 32;

    /// <summary>HS256 key for access tokens, base64, at least 32 bytes once decoded. Never logged.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>The <c>iss</c> claim written into and required of access tokens.</summary>
    public string Issuer { get; set; } = "trading-platform";

    /// <summary>The <c>aud</c> claim written into and required of access tokens.</summary>
    public string Audience { get; set; } = "trading-platform-api";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Lifetime of each refresh token; every rotation issues a new token with a full lifetime.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Tolerance for clock differences when checking an access token's <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>PBKDF2-HMAC-SHA256 iterations for new hashes; 600,000 is OWASP's figure for this algorithm.</summary>
    public int PasswordIterations { get; set; } = 600_000;

    /// <summary>Failed logins per username within <see cref="LoginFailureWindow"/> before logins are rejected with 429.</summary>
    public int LoginFailureLimit { get; set; } = 5;

    public TimeSpan LoginFailureWindow { get; set; } = TimeSpan.FromMinutes(15);
}
