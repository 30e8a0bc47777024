using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Trading.Infrastructure.Cosmos;
using Trading.IntegrationTests.Auth;
using Trading.IntegrationTests.Support;
using Trading.MarketData;

namespace Trading.IntegrationTests.MarketData;

/// <summary>
/// A loopback host with its own database and the production wiring (Cosmos DB market store, JWT auth),
/// with one registered user whose access token <see cref="AuthorizedClient"/> sends.
/// Subclasses add data in <see cref="SeedAsync"/>.
/// </summary>
public class MarketApiFixture : ApiFixture, IAsyncLifetime
{
    public HttpClient AuthorizedClient { get; private set; } = null!;

    public IMarketDataStore Store => Host.Services.GetRequiredService<IMarketDataStore>();

    public IMarketDataReader Reader => Host.Services.GetRequiredService<IMarketDataReader>();

    public CosmosDatabase Cosmos => Host.Services.GetRequiredService<CosmosDatabase>();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Session session = await new AuthClient(Client).RegisterAndLoginAsync("market.reader");
        AuthorizedClient = Host.CreateClient();
        AuthorizedClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        await SeedAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        AuthorizedClient?.Dispose();
        await DisposeAsync();
    }

    protected virtual Task SeedAsync() => Task.CompletedTask;
}
