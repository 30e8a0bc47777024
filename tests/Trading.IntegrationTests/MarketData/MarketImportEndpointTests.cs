using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Trading.Functions.MarketData;
using Trading.MarketData;

namespace Trading.IntegrationTests.MarketData;

public sealed class MarketImportEndpointTests(MarketApiFixture api) : IClassFixture<MarketApiFixture>
{
    private const string OhlcCsv =
        "date,open,high,low,close,volume\n" +
        "2021-03-01,10.00,11.50,9.75,11.00,1200\n" +
        "2021-03-02,11.00,11.20,10.10,10.40,900\n" +
        "2021-03-03,10.40,10.30,10.00,10.20,800\n" +
        "2021-03-04,10.20,10.90,-1,10.80,700\n" +
        "2021-03-05,10.80,11.00,10.60,10.95,650\n";

    [Fact]
    public async Task Import_SmallFile_ReturnsReportWithRejectedLines()
    {
        string symbol = MarketSamples.NewSymbol("IMP");

        JsonElement report = await PostOkAsync($"v1/market/import?format=csv&symbol={symbol}", OhlcCsv);
        JsonElement rejections = report.GetProperty("rejections");

        Assert.Equal("ohlc", report.GetProperty("shape").GetString());
        Assert.Equal([symbol], report.GetProperty("symbols").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(5, report.GetProperty("rows_read").GetInt32());
        Assert.Equal(3, report.GetProperty("bars_imported").GetInt32());
        Assert.Equal(3, report.GetProperty("bars_changed").GetInt32());
        Assert.Equal(0, report.GetProperty("bars_unchanged").GetInt32());
        Assert.Equal(2, report.GetProperty("rejected_count").GetInt32());
        Assert.Equal((4, "high"), (rejections[0].GetProperty("line").GetInt32(), rejections[0].GetProperty("column").GetString()));
        Assert.Equal((5, "low"), (rejections[1].GetProperty("line").GetInt32(), rejections[1].GetProperty("column").GetString()));
        Assert.Equal(3, (await api.Reader.GetBarsAsync(symbol, BarInterval.OneDay, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Import_DatesOutOfRange_RejectsThoseRows()
    {
        string symbol = MarketSamples.NewSymbol("DTR");
        const string csv = "Date,Price\n0001-01-01,10.50\n2021-03-01,11.00\n2099-01-02,12.00\n";

        JsonElement report = await PostOkAsync($"v1/market/import?symbol={symbol}", csv);
        JsonElement rejections = report.GetProperty("rejections");

        Assert.Equal(1, report.GetProperty("bars_imported").GetInt32());
        Assert.Equal(2, report.GetProperty("rejected_count").GetInt32());
        Assert.Equal((2, "Date"), (rejections[0].GetProperty("line").GetInt32(), rejections[0].GetProperty("column").GetString()));
        Assert.Contains("before the earliest allowed date 1900-01-01", rejections[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal((4, "Date"), (rejections[1].GetProperty("line").GetInt32(), rejections[1].GetProperty("column").GetString()));
        Assert.Contains("after the latest allowed date", rejections[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Files of each shape whose close is <c>0.1234567890123456789012345678901</c>, with <c>{0}</c> for the
    /// symbol, and whether the shape also stores that value as the adjusted close.
    /// </summary>
    public static TheoryData<string, bool> LongDecimalFiles => new()
    {
        { "Date,Price\n2021-03-01,0.1234567890123456789012345678901\n", false },
        { "date,open,high,low,close\n2021-03-01,0.1,0.2,0.1,0.1234567890123456789012345678901\n", false },
        { "ticker,date,open,high,low,close,adj_open,adj_high,adj_low,adj_close\n{0},2021-03-01,0.1,0.2,0.1,0.1234567890123456789012345678901,0.1,0.2,0.1,0.1234567890123456789012345678901\n", true },
        { "Date,{0}\n2021-03-01,0.1234567890123456789012345678901\n", true },
    };

    [Theory]
    [MemberData(nameof(LongDecimalFiles))]
    public async Task Import_LongDecimalPrice_RoundTripsAsDecimal(string csvFormat, bool hasAdjustedClose)
    {
        string symbol = MarketSamples.NewSymbol("PREC");
        await PostOkAsync($"v1/market/import?symbol={symbol}", string.Format(System.Globalization.CultureInfo.InvariantCulture, csvFormat, symbol));

        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync($"v1/market/{symbol}/bars?interval=1d&from=2021-03-01&to=2021-03-02");
        JsonElement bar = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("bars")[0];

        // decimal keeps 28 digits after the point here, so the value is rounded once and never passes
        // through double, which would give 0.12345678901234568.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0.1234567890123456789012345679", bar.GetProperty("close").GetRawText());
        Assert.Equal(hasAdjustedClose, bar.TryGetProperty("adj_close", out JsonElement adjustedClose));
        if (hasAdjustedClose)
        {
            Assert.Equal("0.1234567890123456789012345679", adjustedClose.GetRawText());
        }
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondAddsNothing()
    {
        string symbol = MarketSamples.NewSymbol("TWI");
        await PostOkAsync($"v1/market/import?symbol={symbol}", OhlcCsv);

        JsonElement second = await PostOkAsync($"v1/market/import?symbol={symbol}", OhlcCsv);

        Assert.Equal(3, second.GetProperty("bars_imported").GetInt32());
        Assert.Equal(0, second.GetProperty("bars_changed").GetInt32());
        Assert.Equal(3, second.GetProperty("bars_unchanged").GetInt32());
    }

    [Fact]
    public async Task Import_FileNameInContentDisposition_NamesSeries()
    {
        string symbol = MarketSamples.NewSymbol("CD");
        using var content = Csv("Date,Price\n2021-03-01,61.50\n2021-03-02,60.75\n");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{symbol.ToLowerInvariant()}-daily.csv" };

        using HttpResponseMessage response = await api.AuthorizedClient.PostAsync("v1/market/import", content);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("close_only", body.RootElement.GetProperty("shape").GetString());
        Assert.Equal(symbol, body.RootElement.GetProperty("symbols")[0].GetString());
    }

    [Fact]
    public async Task Import_SingleSeriesWithoutSymbol_Returns422()
    {
        using HttpResponseMessage response = await api.AuthorizedClient.PostAsync("v1/market/import", Csv("Date,Price\n2021-03-01,61.50\n"));

        await ProblemAssert.NamesFieldAsync(response, HttpStatusCode.UnprocessableEntity, "body");
    }

    [Fact]
    public async Task Import_HeaderFitsNoShape_Returns422()
    {
        using HttpResponseMessage response = await api.AuthorizedClient.PostAsync("v1/market/import?symbol=XYZ", Csv("when,what\n2021,1\n"));

        await ProblemAssert.HasStatusAsync(response, HttpStatusCode.UnprocessableEntity, "/problems/import-rejected");
    }

    [Theory]
    [InlineData("format=xlsx", "format")]
    [InlineData("symbol=A%24B", "symbol")]
    [InlineData("symbol=AB&symbol=CD", "symbol")]
    [InlineData("ticker=AB", "ticker")]
    public async Task Import_BadQuery_Returns400NamingParameter(string query, string field)
    {
        using HttpResponseMessage response = await api.AuthorizedClient.PostAsync($"v1/market/import?{query}", Csv(OhlcCsv));

        await ProblemAssert.NamesFieldAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("text/csv; charset=latin1")]
    public async Task Import_OtherContentType_Returns415(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(OhlcCsv));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using HttpResponseMessage response = await api.AuthorizedClient.PostAsync("v1/market/import?symbol=XYZ", content);

        await ProblemAssert.NamesFieldAsync(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [Fact]
    public async Task Import_BodyOverLimit_Returns413()
    {
        string line = "2021-03-01,10.00,11.50,9.75,11.00,1200\n";
        var body = new StringBuilder("date,open,high,low,close,volume\n");
        while (body.Length <= MarketImportFunction.MaxBodyBytes)
        {
            body.Append(line);
        }

        using HttpResponseMessage response = await api.AuthorizedClient.PostAsync("v1/market/import?symbol=BIG", Csv(body.ToString()));

        await ProblemAssert.HasStatusAsync(response, HttpStatusCode.RequestEntityTooLarge, "/problems/payload-too-large");
    }

    [Fact]
    public async Task Import_EmptyBody_Returns400NamingBody()
    {
        using HttpResponseMessage response = await api.AuthorizedClient.PostAsync("v1/market/import?symbol=XYZ", Csv(string.Empty));

        await ProblemAssert.NamesFieldAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task Import_NoToken_Returns401()
    {
        using HttpResponseMessage response = await api.Client.PostAsync("v1/market/import?symbol=XYZ", Csv(OhlcCsv));

        await ProblemAssert.HasStatusAsync(response, HttpStatusCode.Unauthorized, "/problems/unauthenticated");
    }

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private async Task<JsonElement> PostOkAsync(string url, string csv)
    {
        using HttpResponseMessage response = await api.AuthorizedClient.PostAsync(url, Csv(csv));
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url} returned {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
