using System.Globalization;
using Trading.IntegrationTests.Kafka;
using Trading.IntegrationTests.Support;
using Trading.MarketData.Replay;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>
/// The 2014 AAPL, MSFT and BRK_A rows of wiki-prices-2014.csv, both as the replay tool publishes them and
/// as expected values. The expected values come from a separate header lookup here, so a column mix-up
/// in the tool's reader shows up as a mismatch instead of being copied into the expectation.
/// </summary>
internal static class WikiBars
{
    public static readonly string[] Tickers = ["AAPL", "MSFT", "BRK_A"];

    public static readonly DateOnly First = new(2014, 1, 1);

    public static readonly DateOnly Last = new(2014, 12, 31);

    public static string SkipReason =>
        $"{KafkaTestData.WikiPrices2014} not found: set TRADING_MARKET_DATA_DIR to the market data folder, or place it at shared/data/market beside the repository.";

    /// <summary>Full path of the CSV file, or null when the market data folder or the file is absent.</summary>
    public static string? FindFile() =>
        TestEnvironment.MarketDataDirectory is { } directory && Path.Combine(directory, KafkaTestData.WikiPrices2014) is var path && File.Exists(path)
            ? path
            : null;

    public static List<MarketDataMessage> Messages(string path)
    {
        using StreamReader reader = File.OpenText(path);
        return [.. DailyBarCsvReader.Read(reader, Tickers, First, Last).Select(MarketDataMessageFormatter.FormatDailyBar)];
    }

    /// <summary>Expected bars by ticker as written in the file (<c>BRK_A</c>, not the stored <c>BRK.A</c>), in file order.</summary>
    public static Dictionary<string, List<WikiRow>> ExpectedRows(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name) is var index and >= 0
            ? index
            : throw new InvalidOperationException($"Column '{name}' is missing from {path}.");
        int ticker = Column("ticker"), date = Column("date"), open = Column("open"), high = Column("high"), low = Column("low"), close = Column("close"), volume = Column("volume");

        var rows = Tickers.ToDictionary(symbol => symbol, _ => new List<WikiRow>());
        foreach (string line in lines.Skip(1).Where(line => line.Length > 0))
        {
            string[] cells = line.Split(',');
            DateOnly day = DateOnly.ParseExact(cells[date], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (rows.TryGetValue(cells[ticker], out List<WikiRow>? list) && day >= First && day <= Last)
            {
                list.Add(new WikiRow(day, cells[open], cells[high], cells[low], cells[close], cells[volume]));
            }
        }

        return rows;
    }
}
