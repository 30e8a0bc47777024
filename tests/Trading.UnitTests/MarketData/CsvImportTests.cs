using Trading.MarketData;
using Trading.MarketData.Import;

namespace Trading.UnitTests.MarketData;

/// <summary>Small synthetic files for each shape and each way a row can be wrong.</summary>
public sealed class CsvImportTests
{
    private const string LongHeader = "ticker,date,open,high,low,close,volume,ex-dividend,split_ratio,adj_open,adj_high,adj_low,adj_close,adj_volume";
    private const string LongRow = "AAPL,2014-06-09,92.7,93.88,91.75,93.7,75414997.0,0.0,7.0,87.25,88.36,86.35,88.19,75414997.0";

    private readonly ImportHarness harness = new();

    public static TheoryData<string, int, string?, string> BadRows => new()
    {
        { $"{LongHeader}\n{LongRow.Replace("92.7", "abc")}", 2, "open", "'abc' is not a finite decimal number" },
        { $"{LongHeader}\n{LongRow.Replace("92.7", "NaN")}", 2, "open", "not a finite decimal number" },
        { $"{LongHeader}\n{LongRow.Replace("92.7", "")}", 2, "open", "missing value" },
        { $"{LongHeader}\n{LongRow.Replace("93.88", "90")}", 2, "high", "below low" },
        { $"{LongHeader}\n{LongRow.Replace("91.75", "93")}", 2, "low", "min(open, close)" },
        { $"{LongHeader}\n{LongRow.Replace("75414997.0,0.0", "-5,0.0")}", 2, "volume", "not be negative" },
        { $"{LongHeader}\n{LongRow.Replace(",7.0,", ",0,")}", 2, "split_ratio", "greater than 0" },
        { $"{LongHeader}\n{LongRow.Replace("88.36", "80")}", 2, "adj_high", "below low" },
        { $"{LongHeader}\n{LongRow.Replace("AAPL", "AA PL")}", 2, "ticker", "invalid symbol" },
        { $"{LongHeader}\n{LongRow.Replace("2014-06-09", "2014-13-01")}", 2, "date", "not a date" },
        { $"{LongHeader}\n{LongRow.Replace("2014-06-09", "0001-01-01")}", 2, "date", "0001-01-01 is before the earliest allowed date 1900-01-01" },
        { $"{LongHeader}\n{LongRow.Replace("2014-06-09", "1899-12-31")}", 2, "date", "before the earliest allowed date 1900-01-01" },
        { $"{LongHeader}\n{LongRow.Replace("2014-06-09", "2099-01-02")}", 2, "date", "2099-01-02 is after the latest allowed date" },
        { "Date,AAPL,MSFT\n1/2/2099,13.84,25", 2, "Date", "after the latest allowed date" },
        { "Date,Price\n0001-01-01,12.5", 2, "Date", "before the earliest allowed date" },
        { $"{LongHeader}\n{LongRow[..20]}", 2, null, "expected 14 fields" },
        { $"{LongHeader}\n{LongRow}\n{LongRow}", 3, "date", "duplicate row for AAPL on 2014-06-09; line 2 is kept" },
        { "Date,AAPL,MSFT\n3/10/2004,13.84,-1", 2, "MSFT", "greater than 0" },
        { "Date,AAPL,MSFT\n31/12/2004,13.84,25", 2, "Date", "not a date" },
        { "DATE,OPEN,HIGH,LOW,CLOSE\n1992-02-11,19.24,18.57,17.61,17.70", 2, "HIGH", "max(open, close)" },
        { "Date,Price\n2020-04-20,-36.98", 2, "Price", "must be greater than 0 (got -36.98)" },
        { "Date,Price\n2020-04-20,\"12.5", 2, null, "unclosed quote" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Import_BadRow_RejectsWithLineAndColumn(string csv, int line, string? column, string reasonFragment)
    {
        ImportReport report = await harness.ImportTextAsync(csv, "x-daily.csv");

        ImportRejection rejection = Assert.Single(report.Rejections);
        Assert.Equal(line, rejection.Line);
        Assert.Equal(column, rejection.Column);
        Assert.Contains(reasonFragment, rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2026-12-05")]
    public async Task Import_DateAtRangeBound_IsStored(string date)
    {
        ImportReport report = await harness.ImportTextAsync($"Date,Price\n{date},12.5", "x-daily.csv");

        Assert.Empty(report.Rejections);
        Assert.Equal(1, report.BarsImported);
    }

    [Fact]
    public async Task Import_DayAfterTomorrow_IsRejected()
    {
        ImportReport report = await harness.ImportTextAsync("Date,Price\n2026-12-06,12.5", "x-daily.csv");

        ImportRejection rejection = Assert.Single(report.Rejections);
        Assert.Equal("Date", rejection.Column);
        Assert.Equal("2026-12-06 is after the latest allowed date 2026-12-05 (tomorrow, UTC)", rejection.Reason);
        Assert.Equal(0, report.BarsImported);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("open,high,low,close\n1,2,1,2", "no date column")]
    [InlineData("date,date\n2020-01-01,2020-01-01", "appears twice")]
    [InlineData("ticker,date,close\nAAPL,2020-01-01,1", "needs open, high, low and close")]
    [InlineData("ticker,date,open,high,low,close,adj_close\nAAPL,2020-01-01,1,1,1,1,1", "all of adj_open")]
    public async Task Import_UnknownShape_RejectsFile(string csv, string reasonFragment)
    {
        ImportReport report = await harness.ImportTextAsync(csv);

        Assert.True(report.FileRejected);
        Assert.Contains(reasonFragment, Assert.Single(report.Rejections).Reason, StringComparison.Ordinal);
        Assert.Empty(harness.Store.Bars);
    }

    [Fact]
    public async Task Import_SingleSeriesWithoutUsableName_RejectsFile()
    {
        ImportReport report = await harness.ImportTextAsync("Date,Price\n2020-01-01,1", "$$$.csv");

        Assert.True(report.FileRejected);
        Assert.Contains("pass a symbol", report.Rejections[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CloseOnlyWithSymbolOption_UsesOption()
    {
        ImportReport report = await harness.ImportTextAsync("Date,Price\r\n2020-04-21,8.91\r\n\r\n2020-04-22,13.64\r\n", "prices.csv", "cl");

        Assert.Equal(["CL"], report.Symbols);
        Assert.Equal(2, report.BarsImported);
        Bar bar = harness.Bar("CL", new DateOnly(2020, 4, 21));
        Assert.Equal((8.91m, 8.91m, 8.91m, 8.91m), (bar.Open, bar.High, bar.Low, bar.Close));
        Assert.True(bar.CloseOnly);
        Assert.Null(bar.Adjusted);
        Assert.Equal(BarOrigin.Import, bar.Origin);
    }

    [Fact]
    public async Task Import_WideEmptyCell_SkipsOnlyThatSymbol()
    {
        ImportReport report = await harness.ImportTextAsync("Date,AAPL,brk_b\n1/2/2004,10,\n1/5/2004,11,90");

        Assert.Equal(3, report.BarsImported);
        Assert.Equal(0, report.RejectedCount);
        Assert.Equal(["AAPL", "BRK.B"], report.Symbols);
        Assert.Equal(90m, harness.Bar("BRK.B", new DateOnly(2004, 1, 5)).Adjusted!.Close);
    }

    [Fact]
    public async Task Import_WideBadSymbolColumn_SkipsColumn()
    {
        ImportReport report = await harness.ImportTextAsync("Date,AAPL,BAD SYMBOL\n1/2/2004,10,5");

        Assert.Equal(1, report.BarsImported);
        ImportRejection rejection = Assert.Single(report.Rejections);
        Assert.Equal((1, "BAD SYMBOL"), (rejection.Line, rejection.Column));
    }

    [Fact]
    public async Task Import_QuotedFields_AreRead()
    {
        ImportReport report = await harness.ImportTextAsync("\"Date\",\"Close\"\n\"2020-01-02\",\"61.18\"", "wti.csv");

        Assert.Equal(1, report.BarsImported);
        Assert.Equal(61.18m, harness.Bar("WTI", new DateOnly(2020, 1, 2)).Close);
    }

    [Fact]
    public async Task Import_ManyRejections_ListsFirstAndCountsAll()
    {
        string rows = string.Join('\n', Enumerable.Range(1, 30).Select(day => $"2020-01-{day:00},-1"));
        ImportReport report = await harness.Importer.ImportAsync(
            new StringReader("Date,Price\n" + rows), "wti.csv", new ImportOptions { MaxListedRejections = 5 }, CancellationToken.None);

        Assert.Equal(30, report.RejectedCount);
        Assert.Equal(5, report.Rejections.Count);
        Assert.Equal(0, report.BarsImported);
    }
}
