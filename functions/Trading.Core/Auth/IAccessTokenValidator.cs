namespace Trading.Auth;

/// <summary>
/// Validates a bearer access token: signature, issuer, audience, lifetime and revocation.
/// Throws an unauthenticated <see cref="Trading.Common.DomainException"/> for any fault, with a detail
/// that never echoes the token.
/// </summary>
public interface IAccessTokenValidator
{
    Task<AuthenticatedUser> ValidateAsync(string accessToken, CancellationToken cancellationToken);
}
