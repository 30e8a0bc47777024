using Microsoft.Extensions.Logging;

namespace Trading.MarketData.Import;

/// <summary>
/// Imports daily bars from a historical CSV file into <see cref="IMarketDataStore"/>. Bars are keyed by
/// symbol, interval and date, so importing the same file again stores the same documents and changes
/// nothing. Invalid values never stop the import: each is reported by line and column. Row dates must lie
/// from 1900-01-01 to tomorrow by the injected <see cref="TimeProvider"/> (UTC).
/// </summary>
public sealed partial class HistoricalBarImporter(IMarketDataStore store, TimeProvider timeProvider, ILogger<HistoricalBarImporter> logger)
{
    /// <summary>
    /// Reads <paramref name="csv"/> to the end and stores its valid bars in batches. The shape is detected
    /// from the header. <paramref name="sourceName"/> is the file name, used for the report and, for a
    /// single-symbol file without <see cref="ImportOptions.Symbol"/>, for the symbol.
    /// </summary>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public async Task<ImportReport> ImportAsync(TextReader csv, string sourceName, ImportOptions options, CancellationToken cancellationToken)
    {
        var rejections = new List<ImportRejection>();
        var fields = new List<string>();
        string? headerLine = await csv.ReadLineAsync(cancellationToken);
        if (headerLine is null || !CsvFields.TrySplit(headerLine.TrimStart('\uFEFF'), fields, out _))
        {
            return FileRejected(sourceName, headerLine is null ? "the file is empty" : "the header row is not valid CSV");
        }

        string? singleSymbol = ResolveSymbol(options.Symbol, sourceName, out string? symbolReason);
        CsvLayout? layout = CsvLayout.Detect([.. fields], singleSymbol, rejections, out string? reason);
        if (layout is null)
        {
            return FileRejected(sourceName, reason!);
        }

        if (layout.Shape is CsvShape.Ohlc or CsvShape.CloseOnly && singleSymbol is null)
        {
            return FileRejected(sourceName, $"cannot name the series: {symbolReason}; pass a symbol");
        }

        var reader = new CsvBarReader(layout, CsvDates.LatestDate(timeProvider.GetUtcNow()));
        var pending = new List<Bar>(options.BatchSize);
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        int lineNumber = 1, rowsRead = 0, rowsImported = 0, barsImported = 0, barsChanged = 0;
        string? line;
        while ((line = await csv.ReadLineAsync(cancellationToken)) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            rowsRead++;
            int barsBefore = pending.Count, rejectionsBefore = rejections.Count;
            if (!CsvFields.TrySplit(line, fields, out string? splitError))
            {
                rejections.Add(new ImportRejection(lineNumber, null, null, $"invalid CSV: {splitError}"));
                continue;
            }

            reader.Read(fields, lineNumber, pending, rejections);
            if (rejections.Count == rejectionsBefore && pending.Count > barsBefore)
            {
                rowsImported++;
            }

            if (pending.Count >= options.BatchSize)
            {
                barsChanged += await FlushAsync(pending, symbols, cancellationToken);
                barsImported += pending.Count;
                pending.Clear();
            }
        }

        if (pending.Count > 0)
        {
            barsChanged += await FlushAsync(pending, symbols, cancellationToken);
            barsImported += pending.Count;
        }

        var report = new ImportReport(sourceName, layout.Shape, [.. symbols], rowsRead, rowsImported, barsImported, barsChanged, rejections.Count, [.. rejections.Take(options.MaxListedRejections)]);
        LogImported(sourceName, layout.Shape, rowsRead, barsImported, barsChanged, rejections.Count);
        return report;
    }

    /// <summary>Returns the explicit symbol or one from the file name up to its first '-' or '.', or null with a reason.</summary>
    internal static string? ResolveSymbol(string? explicitSymbol, string sourceName, out string? reason)
    {
        string candidate = explicitSymbol ?? Path.GetFileName(sourceName).Split('-', '.')[0];
        if (Symbols.TryNormalize(candidate, out string symbol, out reason))
        {
            return symbol;
        }

        reason = $"symbol '{candidate}' {reason}";
        return null;
    }

    private async Task<int> FlushAsync(List<Bar> bars, SortedSet<string> symbols, CancellationToken cancellationToken)
    {
        foreach (Bar bar in bars)
        {
            symbols.Add(bar.Symbol);
        }

        IReadOnlyList<Bar> changed = await store.UpsertBarsAsync([.. bars], cancellationToken);
        return changed.Count;
    }

    private ImportReport FileRejected(string sourceName, string reason)
    {
        LogFileRejected(sourceName, reason);
        return new ImportReport(sourceName, null, [], 0, 0, 0, 0, 1, [new ImportRejection(1, null, null, reason)]);
    }

    [LoggerMessage(EventId = 3110, Level = LogLevel.Information, Message = "Imported {Source} as {Shape}: {RowsRead} rows read, {BarsImported} bars imported ({BarsChanged} changed), {RejectedCount} values rejected")]
    private partial void LogImported(string source, CsvShape shape, int rowsRead, int barsImported, int barsChanged, int rejectedCount);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Warning, Message = "Rejected import file {Source}: {Reason}")]
    private partial void LogFileRejected(string source, string reason);
}
