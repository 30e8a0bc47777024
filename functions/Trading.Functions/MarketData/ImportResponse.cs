using Trading.MarketData.Import;

namespace Trading.Functions.MarketData;

/// <summary>
/// Body of <c>POST /v1/market/import</c>: the importer's report of one file. <c>bars_unchanged</c>
/// counts valid bars that were already stored with the same content, so a repeated import shows all its
/// bars there. <c>rejections</c> lists the first rejected values by line (the header is line 1).
/// </summary>
public sealed record ImportResponse(
    string Source,
    CsvShape? Shape,
    IReadOnlyList<string> Symbols,
    int RowsRead,
    int RowsImported,
    int BarsImported,
    int BarsChanged,
    int BarsUnchanged,
    int RejectedCount,
    IReadOnlyList<ImportRejectionResponse> Rejections)
{
    public static ImportResponse From(ImportReport report) => new(
        report.Source,
        report.Shape,
        report.Symbols,
        report.RowsRead,
        report.RowsImported,
        report.BarsImported,
        report.BarsChanged,
        report.BarsImported - report.BarsChanged,
        report.RejectedCount,
        [.. report.Rejections.Select(rejection => new ImportRejectionResponse(rejection.Line, rejection.Column, rejection.Symbol, rejection.Reason))]);
}
