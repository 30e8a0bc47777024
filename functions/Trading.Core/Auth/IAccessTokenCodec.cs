namespace Trading.Auth;

/// <summary>Signs access tokens and reads back the claims of tokens this service signed.</summary>
public interface IAccessTokenCodec
{
    /// <summary>Signs a token for <paramref name="userId"/> in refresh token family <paramref name="familyId"/>, valid from now.</summary>
    IssuedAccessToken Issue(string userId, string familyId);

    /// <summary>
    /// Checks the signature, algorithm, issuer and audience and returns the claims, or null when any of
    /// them is wrong or the token is malformed. The lifetime is not checked here, so that logout can
    /// still revoke the family of an expired token.
    /// </summary>
    Task<AccessTokenClaims?> ReadAsync(string token, CancellationToken cancellationToken);
}
