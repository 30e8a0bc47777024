using Trading.Common;

namespace Trading.Auth;

/// <summary>The domain errors of authentication. None of their details contains a token or password.</summary>
public static class AuthErrors
{
    /// <summary>The same error for an unknown username and a wrong password, so the response reveals neither.</summary>
    public static DomainException InvalidCredentials() =>
        new(DomainErrorKind.Unauthenticated, "invalid-credentials", "Invalid credentials", "The username or password is incorrect.");

    public static DomainException InvalidRefreshToken() =>
        new(DomainErrorKind.Unauthenticated, "invalid-refresh-token", "Invalid refresh token", "The refresh token is invalid, expired or revoked; log in again.");

    public static DomainException InvalidAccessToken() =>
        DomainException.Unauthenticated("The access token is malformed or its signature, algorithm, issuer or audience is invalid.");

    public static DomainException ExpiredAccessToken() =>
        DomainException.Unauthenticated("The access token has expired; get a new one with the refresh token.");

    public static DomainException RevokedAccessToken() =>
        DomainException.Unauthenticated("The access token has been revoked; log in again.");

    public static DomainException UsernameTaken() =>
        new(DomainErrorKind.Conflict, "username-taken", "Username taken", "The username is already registered in some letter case; choose another.")
        {
            Errors = new Dictionary<string, string[]> { ["username"] = ["The username is already taken."] },
        };

    public static DomainException TooManyFailedLogins(TimeSpan retryAfter) =>
        DomainException.RateLimited(
            $"Too many failed logins for this username; retry after {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} seconds.",
            retryAfter);
}
