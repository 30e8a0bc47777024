using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Trading.Auth;
using Trading.Infrastructure.Cosmos;
using Trading.IntegrationTests.Support;
using Trading.MarketData;

namespace Trading.IntegrationTests.MarketData;

/// <summary>
/// A loopback host with its own database, the production market-data wiring (Cosmos DB store and
/// reader), and a token validator that accepts <see cref="FixedTokenValidator.Token"/>.
/// </summary>
public class MarketApiFixture : ApiFixture
{
    private HttpClient? authorizedClient;

    /// <summary>A client of the host that sends the accepted bearer token, alive as long as the host.</summary>
    public HttpClient AuthorizedClient => authorizedClient ??= CreateAuthorizedClient();

    public IMarketDataStore Store => Host.Services.GetRequiredService<IMarketDataStore>();

    public IMarketDataReader Reader => Host.Services.GetRequiredService<IMarketDataReader>();

    public CosmosDatabase Cosmos => Host.Services.GetRequiredService<CosmosDatabase>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        // NOTE: replaces the JWT validator until the auth endpoints are merged. The market endpoints
        // need an authenticated caller, not a particular user.
        services.AddSingleton<IAccessTokenValidator, FixedTokenValidator>();
    }

    private HttpClient CreateAuthorizedClient()
    {
        HttpClient client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FixedTokenValidator.Token);
        return client;
    }
}
