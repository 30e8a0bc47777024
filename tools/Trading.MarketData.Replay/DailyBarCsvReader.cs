using System.Globalization;

namespace Trading.MarketData.Replay;

/// <summary>
/// Reads daily bars from a long-format CSV file: one row per symbol and day with at least the columns
/// <c>ticker,date,open,high,low,close,volume</c> (any order, further columns ignored, dates <c>YYYY-MM-DD</c>).
/// </summary>
public static class DailyBarCsvReader
{
    private static readonly string[] RequiredColumns = ["ticker", "date", "open", "high", "low", "close", "volume"];

    /// <summary>
    /// Returns the rows whose ticker is in <paramref name="symbols"/> (all when empty, compared without case)
    /// and whose date lies in [<paramref name="from"/>, <paramref name="to"/>], in file order.
    /// </summary>
    /// <exception cref="FormatException">A header column is missing, or a row has a bad date or number; the message names the line and column.</exception>
    public static IEnumerable<DailyBarRow> Read(TextReader reader, IReadOnlyCollection<string> symbols, DateOnly? from, DateOnly? to)
    {
        string header = reader.ReadLine() ?? throw new FormatException("The CSV file is empty; expected a header line with ticker,date,open,high,low,close,volume.");
        int[] columnIndexes = FindColumns(header);
        var symbolFilter = new HashSet<string>(symbols, StringComparer.OrdinalIgnoreCase);

        int lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string[] cells = line.Split(',');
            if (cells.Length <= columnIndexes.Max())
            {
                throw new FormatException($"Line {lineNumber}: expected at least {columnIndexes.Max() + 1} columns, found {cells.Length}.");
            }

            string symbol = cells[columnIndexes[0]].Trim();
            if (symbolFilter.Count > 0 && !symbolFilter.Contains(symbol))
            {
                continue;
            }

            string dateText = cells[columnIndexes[1]].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw new FormatException($"Line {lineNumber}, column date: '{dateText}' is not a YYYY-MM-DD date.");
            }

            if ((from is { } first && date < first) || (to is { } last && date > last))
            {
                continue;
            }

            yield return new DailyBarRow(
                symbol,
                date,
                ReadNumber(cells, columnIndexes[2], "open", lineNumber),
                ReadNumber(cells, columnIndexes[3], "high", lineNumber),
                ReadNumber(cells, columnIndexes[4], "low", lineNumber),
                ReadNumber(cells, columnIndexes[5], "close", lineNumber),
                ReadNumber(cells, columnIndexes[6], "volume", lineNumber));
        }
    }

    private static int[] FindColumns(string header)
    {
        string[] names = header.Split(',').Select(name => name.Trim().ToLowerInvariant()).ToArray();
        var indexes = new int[RequiredColumns.Length];
        for (int i = 0; i < RequiredColumns.Length; i++)
        {
            indexes[i] = Array.IndexOf(names, RequiredColumns[i]);
            if (indexes[i] < 0)
            {
                throw new FormatException($"The CSV header has no '{RequiredColumns[i]}' column; expected {string.Join(',', RequiredColumns)} (found {header}).");
            }
        }

        return indexes;
    }

    private static string ReadNumber(string[] cells, int index, string column, int lineNumber)
    {
        string text = cells[index].Trim();
        if (!JsonNumberText.TryNormalize(text, out string? json))
        {
            throw new FormatException($"Line {lineNumber}, column {column}: '{text}' is not a decimal number.");
        }

        return json;
    }
}
