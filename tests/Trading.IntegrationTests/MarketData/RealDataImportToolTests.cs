using System.Net;
using System.Text.Json;
using Trading.MarketData;
using Trading.MarketData.Import;
using Trading.MarketData.ImportTool;

namespace Trading.IntegrationTests.MarketData;

/// <summary>
/// The import tool over the real long, OHLC and close-only files, stored in Cosmos DB and read back
/// over HTTP. The wide file repeats AAPL and MSFT closes for early 2014, so it gets its own database
/// (see <see cref="RealWideFileImportTests"/>).
/// </summary>
public sealed class RealDataImportToolTests(RealDataImportToolTests.Fixture api) : IClassFixture<RealDataImportToolTests.Fixture>
{
    [RealMarketDataFact]
    public void Import_RealFiles_CountsPerFile()
    {
        Assert.Equal(ImportExitCodes.Success, api.ExitCode);
        Assert.Equal((916, 916, 916, 0), Counts(api.Report("wiki-prices-2014.csv")));
        Assert.Equal((9_235, 9_188, 9_188, 47), Counts(api.Report("vix-daily.csv")));
        Assert.Equal((10_226, 10_225, 10_225, 1), Counts(api.Report("wti-daily.csv")));
        Assert.Equal((9_958, 9_958, 9_958, 0), Counts(api.Report("brent-daily.csv")));
        Assert.Equal(["AAPL", "BRK.A", "MSFT", "ZEN"], api.Report("wiki-prices-2014.csv").Symbols);
    }

    [RealMarketDataFact]
    public void Import_Wti_NamesNegativePriceLine()
    {
        ImportRejection rejection = Assert.Single(api.Report("wti-daily.csv").Rejections);

        Assert.Equal(new ImportRejection(8_645, "Price", "WTI", "must be greater than 0 (got -36.98)"), rejection);
        Assert.Contains("line 8645, column Price, WTI: must be greater than 0 (got -36.98)", api.Output, StringComparison.Ordinal);
    }

    [RealMarketDataFact]
    public async Task Bars_WtiAroundNegativeDay_SkipsThatDay()
    {
        JsonElement body = await GetOkAsync("v1/market/WTI/bars?from=2020-04-17&to=2020-04-21");

        Assert.Equal(["2020-04-17T00:00:00Z", "2020-04-21T00:00:00Z"], body.GetProperty("bars").EnumerateArray().Select(bar => bar.GetProperty("start").GetString()));
        Assert.Equal(8.91m, body.GetProperty("bars")[1].GetProperty("close").GetDecimal());
        Assert.True(body.GetProperty("bars")[1].GetProperty("close_only").GetBoolean());
    }

    [RealMarketDataFact]
    public async Task Bars_AaplSplit_InUnadjustedNotAdjusted()
    {
        JsonElement bars = (await GetOkAsync("v1/market/AAPL/bars?interval=1d&from=2014-06-06&to=2014-06-09")).GetProperty("bars");
        JsonElement before = bars[0];
        JsonElement splitDay = bars[1];

        Assert.Equal(2, bars.GetArrayLength());
        Assert.Equal(645.57m, before.GetProperty("close").GetDecimal());
        Assert.Equal(93.70m, splitDay.GetProperty("close").GetDecimal());
        Assert.Equal(7m, splitDay.GetProperty("split_ratio").GetDecimal());
        Assert.True(before.GetProperty("close").GetDecimal() / splitDay.GetProperty("close").GetDecimal() > 6.5m);
        Assert.InRange(before.GetProperty("adj_close").GetDecimal() / splitDay.GetProperty("adj_close").GetDecimal(), 0.95m, 1.05m);
    }

    [RealMarketDataFact]
    public async Task Bars_Vix_HasNoVolume()
    {
        JsonElement bar = (await GetOkAsync("v1/market/vix/bars?from=1990-01-02&to=1990-01-02")).GetProperty("bars")[0];

        Assert.False(bar.TryGetProperty("volume", out _));
        Assert.Equal(17.24m, bar.GetProperty("close").GetDecimal());
    }

    [RealMarketDataFact]
    public async Task Import_SecondRun_AddsNothing()
    {
        (int exitCode, IReadOnlyList<ImportReport> reports, string output, _) = await api.RunToolAsync(api.Paths());

        Assert.Equal(ImportExitCodes.Success, exitCode);
        Assert.All(reports, report => Assert.Equal(0, report.BarsChanged));
        Assert.Equal(api.Reports.Select(report => report.BarsImported), reports.Select(report => report.BarsImported));
        Assert.Contains("(0 changed, 10225 unchanged)", output, StringComparison.Ordinal);
    }

    [RealMarketDataFact]
    public async Task Import_MissingFile_ExitsNonZero()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.csv");

        (int exitCode, IReadOnlyList<ImportReport> reports, _, string error) = await api.RunToolAsync(missing, api.Paths()[0]);

        Assert.Equal(ImportExitCodes.FileFailed, exitCode);
        Assert.Equal(["wiki-prices-2014.csv"], reports.Select(report => report.Source));
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    private static (int RowsRead, int RowsImported, int BarsImported, int Rejected) Counts(ImportReport report) =>
        (report.RowsRead, report.RowsImported, report.BarsImported, report.RejectedCount);

    private async Task<JsonElement> GetOkAsync(string url)
    {
        using HttpResponseMessage response = await api.AuthorizedClient.GetAsync(url);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public sealed class Fixture : RealDataImportFixture
    {
        protected override IReadOnlyList<string> FileNames { get; } = ["wiki-prices-2014.csv", "vix-daily.csv", "wti-daily.csv", "brent-daily.csv"];
    }
}
