namespace Trading.MarketData.Import;

/// <summary>
/// Result of importing one file. <see cref="RowsRead"/> counts data rows (lines after the header, blank
/// lines excluded). A row of a one-column-per-symbol file yields a bar per symbol, so
/// <see cref="BarsImported"/> can exceed <see cref="RowsRead"/>. <see cref="RejectedCount"/> counts every
/// value not stored; <see cref="Rejections"/> lists the first <see cref="ImportOptions.MaxListedRejections"/>.
/// </summary>
public sealed record ImportReport(
    string Source,
    CsvShape? Shape,
    IReadOnlyList<string> Symbols,
    int RowsRead,
    int RowsImported,
    int BarsImported,
    int BarsChanged,
    int RejectedCount,
    IReadOnlyList<ImportRejection> Rejections)
{
    /// <summary>True when the file could not be read as any known shape, so nothing was imported.</summary>
    public bool FileRejected => Shape is null;
}
