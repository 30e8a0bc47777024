using Trading.MarketData.Import;

namespace Trading.MarketData.ImportTool;

/// <summary>
/// The import tool without its process shell: imports each file in turn through
/// <see cref="HistoricalBarImporter"/> and writes one report per file. A file that cannot be opened or
/// read is reported and skipped, and the others are still imported.
/// </summary>
public sealed class MarketDataImportTool(HistoricalBarImporter importer, TextWriter output, TextWriter error)
{
    /// <summary>Rejections printed per file. The printed count includes the rest.</summary>
    public const int MaxPrintedRejections = 20;

    /// <summary>
    /// Imports <paramref name="files"/> and returns the reports of the files that were read, in order,
    /// with an exit code from <see cref="ImportExitCodes"/>.
    /// </summary>
    public async Task<(int ExitCode, IReadOnlyList<ImportReport> Reports)> RunAsync(string? symbol, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            await error.WriteLineAsync("No file given; pass one or more CSV files.");
            return (ImportExitCodes.Usage, []);
        }

        string? normalizedSymbol = null;
        if (symbol is not null && !Symbols.TryNormalize(symbol, out normalizedSymbol, out string? reason))
        {
            await error.WriteLineAsync($"Invalid --symbol '{symbol}': it {reason}.");
            return (ImportExitCodes.Usage, []);
        }

        var reports = new List<ImportReport>(files.Count);
        int exitCode = ImportExitCodes.Success;
        foreach (string file in files)
        {
            ImportReport? report = await ImportFileAsync(file, new ImportOptions(normalizedSymbol), cancellationToken);
            if (report is null || report.FileRejected)
            {
                exitCode = ImportExitCodes.FileFailed;
            }

            if (report is not null)
            {
                reports.Add(report);
                await ImportReportWriter.WriteAsync(output, report, MaxPrintedRejections);
            }
        }

        return (exitCode, reports);
    }

    private async Task<ImportReport?> ImportFileAsync(string file, ImportOptions options, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
            return await importer.ImportAsync(reader, Path.GetFileName(file), options, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{file}: cannot be read: {exception.Message}");
            return null;
        }
    }
}
