using System.Globalization;
using Trading.Backtesting.Engine;

namespace Trading.UnitTests.Backtesting;

/// <summary>
/// Test-only readers for two of the market files; the product's importer lives elsewhere. Both files are
/// well-formed, so these readers do not report bad rows.
/// </summary>
internal static class MarketDataCsv
{
    /// <summary>Adjusted OHLC of one ticker from the long-format WIKI sample (ticker,date,...,adj_open,adj_high,adj_low,adj_close,...).</summary>
    public static BarSeries ReadWikiAdjusted(string path, string ticker)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int tickerColumn = Array.IndexOf(header, "ticker");
        int dateColumn = Array.IndexOf(header, "date");
        int[] priceColumns = new[] { "adj_open", "adj_high", "adj_low", "adj_close" }.Select(name => Array.IndexOf(header, name)).ToArray();

        var dates = new List<DateOnly>();
        var columns = new[] { new List<double>(), new List<double>(), new List<double>(), new List<double>() };
        foreach (string line in lines.Skip(1).Where(line => line.Length > 0))
        {
            string[] fields = line.Split(',');
            if (fields[tickerColumn] != ticker)
            {
                continue;
            }

            dates.Add(DateOnly.ParseExact(fields[dateColumn], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            for (int k = 0; k < 4; k++)
            {
                columns[k].Add(double.Parse(fields[priceColumns[k]], CultureInfo.InvariantCulture));
            }
        }

        return new BarSeries(ticker, [.. dates], [.. columns[0]], [.. columns[1]], [.. columns[2]], [.. columns[3]]);
    }

    /// <summary>One symbol's column from the wide close-only file (Date,AAPL,MSFT,C with M/D/YYYY dates).</summary>
    public static BarSeries ReadWideCloses(string path, string symbol)
    {
        string[] lines = File.ReadAllLines(path);
        int column = Array.IndexOf(lines[0].Split(','), symbol);
        var dates = new List<DateOnly>();
        var closes = new List<double>();
        foreach (string line in lines.Skip(1).Where(line => line.Length > 0))
        {
            string[] fields = line.Split(',');
            dates.Add(DateOnly.ParseExact(fields[0], "M/d/yyyy", CultureInfo.InvariantCulture));
            closes.Add(double.Parse(fields[column], CultureInfo.InvariantCulture));
        }

        return BarSeries.FromCloses(symbol, [.. dates], [.. closes]);
    }
}
