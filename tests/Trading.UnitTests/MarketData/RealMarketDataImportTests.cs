using Trading.MarketData;
using Trading.MarketData.Import;

namespace Trading.UnitTests.MarketData;

/// <summary>Imports every real file of the market data folder and checks counts and known events.</summary>
public sealed class RealMarketDataImportTests
{
    private readonly ImportHarness harness = new();

    [MarketDataFact]
    public async Task Import_WikiPrices_ImportsEveryRow()
    {
        ImportReport report = await harness.ImportFileAsync("wiki-prices-2014.csv");

        Assert.Equal(CsvShape.LongWithTicker, report.Shape);
        Assert.Equal(916, report.RowsRead);
        Assert.Equal(916, report.BarsImported);
        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(["AAPL", "BRK.A", "MSFT", "ZEN"], report.Symbols);
        Assert.Equal(160, harness.Store.Bars.Count(bar => bar.Symbol == "ZEN"));
    }

    [MarketDataFact]
    public async Task Import_WikiPrices_ShowsAaplSplitOnlyInUnadjusted()
    {
        await harness.ImportFileAsync("wiki-prices-2014.csv");

        Bar before = harness.Bar("AAPL", new DateOnly(2014, 6, 6));
        Bar splitDay = harness.Bar("AAPL", new DateOnly(2014, 6, 9));
        Assert.Equal(7m, splitDay.SplitRatio);
        Assert.Equal(1m, before.SplitRatio);
        Assert.Equal(645.57m, before.Close);
        Assert.Equal(93.7m, splitDay.Close);
        Assert.True(before.Close / splitDay.Close > 6.5m, "unadjusted close should drop about 7 times across the split");
        decimal adjustedRatio = before.Adjusted!.Close / splitDay.Adjusted!.Close;
        Assert.InRange(adjustedRatio, 0.95m, 1.05m);
        Assert.Equal(75414997m, splitDay.Volume);
        Assert.Equal(87484600m, before.Adjusted.Volume);
    }

    [MarketDataFact]
    public async Task Import_WikiPrices_MapsUnderscoreSymbol()
    {
        await harness.ImportFileAsync("wiki-prices-2014.csv");

        Bar bar = harness.Bar("BRK.A", new DateOnly(2014, 1, 2));
        Assert.Equal(177500m, bar.Open);
        Assert.Equal(300m, bar.Volume);
    }

    [MarketDataFact]
    public async Task Import_WideAdjustedCloses_ImportsBarPerSymbolAndDate()
    {
        ImportReport report = await harness.ImportFileAsync("aapl-msft-c-adjclose-2004-2014.csv");

        Assert.Equal(CsvShape.WideAdjustedCloses, report.Shape);
        Assert.Equal(2_517, report.RowsRead);
        Assert.Equal(7_551, report.BarsImported);
        Assert.Equal(0, report.RejectedCount);
        Bar first = harness.Bar("C", new DateOnly(2004, 3, 10));
        Assert.Equal(492.1m, first.Adjusted!.Close);
        Assert.True(first.CloseOnly);
        Assert.Null(first.Volume);
    }

    [MarketDataFact]
    public async Task Import_Vix_RejectsInconsistentRowsByLine()
    {
        ImportReport report = await harness.ImportFileAsync("vix-daily.csv");

        Assert.Equal(CsvShape.Ohlc, report.Shape);
        Assert.Equal(["VIX"], report.Symbols);
        Assert.Equal(9_235, report.RowsRead);
        Assert.Equal(47, report.RejectedCount);
        Assert.Equal(9_188, report.BarsImported);
        ImportRejection first = report.Rejections[0];
        Assert.Equal(535, first.Line);
        Assert.Equal("HIGH", first.Column);
        Assert.Contains("max(open, close)", first.Reason, StringComparison.Ordinal);
        Assert.Null(harness.Bar("VIX", new DateOnly(1990, 1, 2)).Volume);
    }

    [MarketDataFact]
    public async Task Import_Wti_RejectsNegativeSettlementByLine()
    {
        ImportReport report = await harness.ImportFileAsync("wti-daily.csv");

        Assert.Equal(CsvShape.CloseOnly, report.Shape);
        Assert.Equal(["WTI"], report.Symbols);
        Assert.Equal(10_226, report.RowsRead);
        Assert.Equal(10_225, report.BarsImported);
        ImportRejection rejection = Assert.Single(report.Rejections);
        Assert.Equal(new ImportRejection(8_645, "Price", "WTI", "must be greater than 0 (got -36.98)"), rejection);
        Assert.Equal(8.91m, harness.Bar("WTI", new DateOnly(2020, 4, 21)).Close);
    }

    [MarketDataFact]
    public async Task Import_Brent_ImportsEveryRow()
    {
        ImportReport report = await harness.ImportFileAsync("brent-daily.csv");

        Assert.Equal(CsvShape.CloseOnly, report.Shape);
        Assert.Equal(["BRENT"], report.Symbols);
        Assert.Equal(9_958, report.RowsRead);
        Assert.Equal(9_958, report.BarsImported);
        Assert.Equal(0, report.RejectedCount);
    }

    [MarketDataFact]
    public async Task Import_SameFileTwice_ChangesNothing()
    {
        ImportReport first = await harness.ImportFileAsync("wiki-prices-2014.csv");
        IReadOnlyList<Bar> before = harness.Store.Bars;

        ImportReport second = await harness.ImportFileAsync("wiki-prices-2014.csv");

        Assert.Equal(916, first.BarsChanged);
        Assert.Equal(0, second.BarsChanged);
        Assert.Equal(before.OrderBy(b => b.Id), harness.Store.Bars.OrderBy(b => b.Id));
    }
}
