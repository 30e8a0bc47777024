using Trading.MarketData.Import;

namespace Trading.MarketData.ImportTool;

/// <summary>Writes an <see cref="ImportReport"/> as a few lines of text.</summary>
public static class ImportReportWriter
{
    public static async Task WriteAsync(TextWriter output, ImportReport report, int maxRejections)
    {
        if (report.FileRejected)
        {
            string reason = report.Rejections.Count > 0 ? report.Rejections[0].Reason : "it fits no known layout";
            await output.WriteLineAsync($"{report.Source}: not imported: {reason}");
            return;
        }

        await output.WriteLineAsync($"{report.Source}: {report.Shape}, symbols {string.Join(", ", report.Symbols)}");
        await output.WriteLineAsync(
            $"  rows read {report.RowsRead}, rows imported {report.RowsImported}, bars imported {report.BarsImported} " +
            $"({report.BarsChanged} changed, {report.BarsImported - report.BarsChanged} unchanged), values rejected {report.RejectedCount}");

        foreach (ImportRejection rejection in report.Rejections.Take(maxRejections))
        {
            string column = rejection.Column is null ? "whole row" : $"column {rejection.Column}";
            string symbol = rejection.Symbol is null ? string.Empty : $", {rejection.Symbol}";
            await output.WriteLineAsync($"  line {rejection.Line}, {column}{symbol}: {rejection.Reason}");
        }

        if (report.RejectedCount > maxRejections)
        {
            await output.WriteLineAsync($"  ... and {report.RejectedCount - maxRejections} more rejected values");
        }
    }
}
