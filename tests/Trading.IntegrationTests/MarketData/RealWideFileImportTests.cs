using Trading.MarketData;
using Trading.MarketData.Import;
using Trading.MarketData.ImportTool;

namespace Trading.IntegrationTests.MarketData;

/// <summary>The import tool over the real one-column-per-symbol file of adjusted closes, in its own database.</summary>
public sealed class RealWideFileImportTests(RealWideFileImportTests.Fixture api) : IClassFixture<RealWideFileImportTests.Fixture>
{
    [RealMarketDataFact]
    public async Task Import_WideFile_StoresCloseOnlyBarPerSymbolAndDate()
    {
        ImportReport report = api.Report("aapl-msft-c-adjclose-2004-2014.csv");
        IReadOnlyList<Bar> first = await api.Reader.GetBarsAsync("C", BarInterval.OneDay, new DateTimeOffset(2004, 3, 10, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MaxValue, 1, CancellationToken.None);

        Assert.Equal(ImportExitCodes.Success, api.ExitCode);
        Assert.Equal((2_517, 7_551, 7_551, 0), (report.RowsRead, report.BarsImported, report.BarsChanged, report.RejectedCount));
        Assert.Equal(492.1m, Assert.Single(first).Adjusted!.Close);
        Assert.True(first[0].CloseOnly);
    }

    [RealMarketDataFact]
    public async Task Import_WideFileTwice_AddsNothing()
    {
        (int exitCode, IReadOnlyList<ImportReport> reports, _, _) = await api.RunToolAsync(api.Paths());

        Assert.Equal(ImportExitCodes.Success, exitCode);
        Assert.Equal(0, Assert.Single(reports).BarsChanged);
    }

    public sealed class Fixture : RealDataImportFixture
    {
        protected override IReadOnlyList<string> FileNames { get; } = ["aapl-msft-c-adjclose-2004-2014.csv"];
    }
}
