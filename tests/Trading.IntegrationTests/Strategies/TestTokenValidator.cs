using Trading.Auth;
using Trading.Common;

namespace Trading.IntegrationTests.Strategies;

/// <summary>
/// Accepts the fixed tokens <c>test-token-{user id}</c> as that user, so strategy tests can act as several
/// users without the auth endpoints; any other token is rejected like an invalid one.
/// </summary>
public sealed class TestTokenValidator : IAccessTokenValidator
{
    public const string Prefix = "test-token-";

    public static string TokenFor(string userId) => Prefix + userId;

    public Task<AuthenticatedUser> ValidateAsync(string accessToken, CancellationToken cancellationToken)
    {
        if (!accessToken.StartsWith(Prefix, StringComparison.Ordinal) || accessToken.Length == Prefix.Length)
        {
            throw DomainException.Unauthenticated("The access token is invalid.");
        }

        var user = new AuthenticatedUser(accessToken[Prefix.Length..], Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow.AddMinutes(15));
        return Task.FromResult(user);
    }
}
