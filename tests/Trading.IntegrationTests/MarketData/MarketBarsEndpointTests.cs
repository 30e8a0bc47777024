using System.Globalization;
using System.Net;
using System.Text.Json;
using Trading.MarketData;

namespace Trading.IntegrationTests.MarketData;

public sealed class MarketBarsEndpointTests(MarketBarsEndpointTests.SeriesFixture api) : IClassFixture<MarketBarsEndpointTests.SeriesFixture>
{
    /// <summary>Bars in the synthetic series: more than one full page of <c>BarsQuery.MaxLimit</c> (5,000).</summary>
    private const int SeriesLength = 5_300;

    [Fact]
    public async Task GetBars_OverMaxLimit_ReturnsNextFrom()
    {
        JsonElement first = await GetOkAsync($"v1/market/{api.Symbol}/bars?interval=1d");
        string nextFrom = first.GetProperty("next_from").GetString()!;
        JsonElement second = await GetOkAsync($"v1/market/{api.Symbol}/bars?interval=1d&from={nextFrom}");

        Assert.Equal(5_000, first.GetProperty("bars").GetArrayLength());
        Assert.Equal(StartOf(api.Series[5_000]), nextFrom);
        Assert.Equal(SeriesLength - 5_000, second.GetProperty("bars").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_from").ValueKind);
        Assert.Equal(StartOf(api.Series[^1]), second.GetProperty("bars")[SeriesLength - 5_001].GetProperty("start").GetString());
    }

    [Fact]
    public async Task GetBars_SmallPages_ConcatenateToWholeSeries()
    {
        var starts = new List<string>();
        var closes = new List<decimal>();
        string url = $"v1/market/{api.Symbol}/bars?limit=1000";

        for (int page = 0; page < 10; page++)
        {
            JsonElement body = await GetOkAsync(url);
            foreach (JsonElement bar in body.GetProperty("bars").EnumerateArray())
            {
                starts.Add(bar.GetProperty("start").GetString()!);
                closes.Add(bar.GetProperty("close").GetDecimal());
            }

            if (body.GetProperty("next_from").GetString() is not { } nextFrom)
            {
                break;
            }

            url = $"v1/market/{api.Symbol}/bars?limit=1000&from={nextFrom}";
        }

        Assert.Equal(api.Series.Select(StartOf), starts);
        Assert.Equal(api.Series.Select(bar => bar.Close), closes);
    }

    [Fact]
    public async Task GetBars_DateRange_IncludesBothDays()
    {
        JsonElement body = await GetOkAsync($"v1/market/{api.Symbol}/bars?interval=1d&from=2020-01-03&to=2020-01-05");
        JsonElement bars = body.GetProperty("bars");

        Assert.Equal(api.Symbol, body.GetProperty("symbol").GetString());
        Assert.Equal("1d", body.GetProperty("interval").GetString());
        Assert.Equal(["2020-01-03T00:00:00Z", "2020-01-04T00:00:00Z", "2020-01-05T00:00:00Z"], bars.EnumerateArray().Select(bar => bar.GetProperty("start").GetString()));
        Assert.Equal(api.Series[2].Open, bars[0].GetProperty("open").GetDecimal());
        Assert.Equal(api.Series[2].Volume, bars[0].GetProperty("volume").GetDecimal());
        Assert.False(bars[0].TryGetProperty("adj_close", out _));
    }

    [Fact]
    public async Task GetBars_TimestampBounds_ToIsExclusive()
    {
        JsonElement body = await GetOkAsync($"v1/market/{api.Symbol}/bars?from=2020-01-03T00:00:00Z&to=2020-01-05T00:00:00Z");

        Assert.Equal(2, body.GetProperty("bars").GetArrayLength());
    }

    [Fact]
    public async Task GetBars_EmptyRange_ReturnsNoBars()
    {
        JsonElement body = await GetOkAsync($"v1/market/{api.Symbol}/bars?from=1999-01-01&to=1999-12-31");

        Assert.Equal(0, body.GetProperty("bars").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("next_from").ValueKind);
    }

    [Fact]
    public async Task GetBars_UnknownSymbol_Returns404()
    {
        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync($"v1/market/{MarketSamples.NewSymbol("NOB")}/bars");

        await ProblemAssert.HasStatusAsync(response, HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Theory]
    [InlineData("interval=5m", "interval")]
    [InlineData("interval=1D", "interval")]
    [InlineData("from=2020-13-01", "from")]
    [InlineData("from=2020-01-01T00:00:00", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("to=2020-01-01T00:00:00%2B01:00", "to")]
    [InlineData("from=2020-02-01&to=2020-01-01", "from")]
    [InlineData("from=2020-01-01T00:00:00Z&to=2020-01-01T00:00:00Z", "from")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5001", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=10&limit=20", "limit")]
    [InlineData("start=2020-01-01", "start")]
    public async Task GetBars_BadQuery_Returns400NamingParameter(string query, string field)
    {
        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync($"v1/market/{api.Symbol}/bars?{query}");

        await ProblemAssert.NamesFieldAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task GetBars_BadSymbol_Returns400NamingSymbol()
    {
        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync("v1/market/A%2AB/bars");

        await ProblemAssert.NamesFieldAsync(response, HttpStatusCode.BadRequest, "symbol");
    }

    [Fact]
    public async Task GetBars_NoToken_Returns401()
    {
        using HttpResponseMessage response = await api.Client.GetAsync($"v1/market/{api.Symbol}/bars");

        await ProblemAssert.HasStatusAsync(response, HttpStatusCode.Unauthorized, "/problems/unauthenticated");
    }

    private static string StartOf(Bar bar) => bar.Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private async Task<JsonElement> GetOkAsync(string url)
    {
        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync(url);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The market host with one seeded daily series of <see cref="SeriesLength"/> bars from 2020-01-01.</summary>
    public sealed class SeriesFixture : MarketApiFixture
    {
        public string Symbol { get; } = MarketSamples.NewSymbol("SER");

        public IReadOnlyList<Bar> Series { get; private set; } = [];

        protected override async Task SeedAsync()
        {
            Series = MarketSamples.DailySeries(Symbol, SeriesLength, seed: 7);
            await Store.UpsertBarsAsync(Series, CancellationToken.None);
        }
    }
}
