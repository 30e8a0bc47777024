using Trading.Auth;
using Trading.Common;

namespace Trading.IntegrationTests.MarketData;

/// <summary>Accepts exactly <see cref="Token"/> as a bearer token for one test user, and rejects every other token.</summary>
internal sealed class FixedTokenValidator : IAccessTokenValidator
{
    public const string Token = "market-data-test-token";

    public Task<AuthenticatedUser> ValidateAsync(string accessToken, CancellationToken cancellationToken) =>
        accessToken == Token
            ? Task.FromResult(new AuthenticatedUser("market-test-user", "market-test-token-id", DateTimeOffset.UtcNow.AddHours(1)))
            : throw DomainException.Unauthenticated("The access token is not valid.");
}
