using System.Net;
using System.Text.Json;
using Trading.MarketData;

namespace Trading.IntegrationTests.MarketData;

public sealed class MarketQuoteEndpointTests(MarketApiFixture api) : IClassFixture<MarketApiFixture>
{
    [Fact]
    public async Task GetQuote_StoredQuote_ReturnsIt()
    {
        string symbol = MarketSamples.NewSymbol("Q");
        Quote quote = MarketSamples.Quote(symbol, new DateTimeOffset(2026, 12, 4, 19, 45, 17, 250, TimeSpan.Zero), 189.10m, "q1");
        await api.Store.UpsertQuotesAsync([quote], CancellationToken.None);

        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync($"v1/market/{symbol.ToLowerInvariant()}/quote");
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(symbol, body.RootElement.GetProperty("symbol").GetString());
        Assert.Equal("189.10", body.RootElement.GetProperty("price").GetRawText());
        Assert.Equal("1", body.RootElement.GetProperty("size").GetRawText());
        Assert.Equal("2026-12-04T19:45:17.25Z", body.RootElement.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task GetQuote_UnknownSymbol_Returns404()
    {
        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync($"v1/market/{MarketSamples.NewSymbol("NOQ")}/quote");

        await ProblemAssert.HasStatusAsync(response, HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Theory]
    [InlineData("v1/market/A%24B/quote", "symbol")]
    [InlineData("v1/market/ABCDEFGHIJKLM/quote", "symbol")]
    [InlineData("v1/market/.AB/quote", "symbol")]
    [InlineData("v1/market/AAPL/quote?extra=1", "extra")]
    public async Task GetQuote_BadInput_Returns400NamingParameter(string url, string field)
    {
        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync(url);

        await ProblemAssert.NamesFieldAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task GetQuote_NoToken_Returns401WithChallenge()
    {
        using HttpResponseMessage response = await api.Client.GetAsync("v1/market/AAPL/quote");

        await ProblemAssert.HasStatusAsync(response, HttpStatusCode.Unauthorized, "/problems/unauthenticated");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task GetQuote_InvalidToken_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/market/AAPL/quote");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-jwt");

        using HttpResponseMessage response = await api.Client.SendAsync(request);

        await ProblemAssert.HasStatusAsync(response, HttpStatusCode.Unauthorized, "/problems/unauthenticated");
    }
}
