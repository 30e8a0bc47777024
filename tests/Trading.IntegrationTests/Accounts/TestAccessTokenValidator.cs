using Trading.Auth;
using Trading.Common;

namespace Trading.IntegrationTests.Accounts;

/// <summary>
/// Accepts bearer tokens of the form <c>test-user:{userId}</c>, so account tests can act as any user
/// without the auth endpoints. Every other token is rejected like an invalid one.
/// </summary>
public sealed class TestAccessTokenValidator : IAccessTokenValidator
{
    public const string Prefix = "test-user:";

    public static string TokenFor(string userId) => Prefix + userId;

    public Task<AuthenticatedUser> ValidateAsync(string accessToken, CancellationToken cancellationToken) =>
        accessToken.StartsWith(Prefix, StringComparison.Ordinal) && accessToken.Length > Prefix.Length
            ? Task.FromResult(new AuthenticatedUser(accessToken[Prefix.Length..], Guid.NewGuid().ToString(), DateTimeOffset.UtcNow.AddMinutes(15)))
            : Task.FromException<AuthenticatedUser>(DomainException.Unauthenticated("The access token is invalid."));
}
