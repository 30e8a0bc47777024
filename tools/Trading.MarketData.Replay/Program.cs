using System.CommandLine;
using System.Globalization;
using Confluent.Kafka;
using Trading.MarketData.Replay;

var brokers = new Option<string>("--brokers") { Description = "Bootstrap servers, host:port[,host:port...].", DefaultValueFactory = _ => "127.0.0.1:9092" };
var topic = new Option<string>("--topic") { Description = "Topic to publish to.", DefaultValueFactory = _ => "market-data" };
var csv = new Option<FileInfo?>("--csv") { Description = "Long-format CSV (ticker,date,open,high,low,close,volume,...) to publish as daily bars." };
var syntheticTrades = new Option<int>("--synthetic-trades") { Description = "Publish this many generated trades per symbol instead of CSV bars." };
var symbols = new Option<string?>("--symbols") { Description = "Comma-separated tickers to publish (default: every ticker in the CSV; required with --synthetic-trades)." };
var from = new Option<string?>("--from") { Description = "First date to publish, YYYY-MM-DD (inclusive); with --synthetic-trades, the day the trades start at 14:30Z." };
var to = new Option<string?>("--to") { Description = "Last date to publish, YYYY-MM-DD (inclusive)." };
var rate = new Option<double>("--rate") { Description = "Messages per second; 0 publishes as fast as possible.", DefaultValueFactory = _ => 0 };
var seed = new Option<int>("--seed") { Description = "Seed of the synthetic trades.", DefaultValueFactory = _ => 1 };
var saslUsername = new Option<string?>("--sasl-username") { Description = "SASL/PLAIN user name; enables SASL_SSL. The password is read from the KAFKA_SASL_PASSWORD environment variable." };

var root = new RootCommand("Publishes daily bars from a CSV file, or synthetic trades, as market-data JSON messages keyed by symbol.")
{
    brokers, topic, csv, syntheticTrades, symbols, from, to, rate, seed, saslUsername,
};

root.SetAction(async (parseResult, cancellationToken) =>
{
    string[] symbolList = (parseResult.GetValue(symbols) ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    DateOnly? firstDate = ParseDate(parseResult.GetValue(from), "--from");
    DateOnly? lastDate = ParseDate(parseResult.GetValue(to), "--to");
    FileInfo? csvFile = parseResult.GetValue(csv);
    int tradesPerSymbol = parseResult.GetValue(syntheticTrades);

    IEnumerable<MarketDataMessage> messages;
    if (tradesPerSymbol > 0)
    {
        if (symbolList.Length == 0)
        {
            Console.Error.WriteLine("--synthetic-trades needs --symbols, for example --symbols AAPL,MSFT.");
            return 2;
        }

        var start = new DateTimeOffset((firstDate ?? DateOnly.FromDateTime(DateTime.UtcNow)).ToDateTime(new TimeOnly(14, 30)), TimeSpan.Zero);
        messages = SyntheticTradeGenerator.Generate(symbolList, tradesPerSymbol, start, parseResult.GetValue(seed))
            .Select(MarketDataMessageFormatter.FormatTrade);
    }
    else if (csvFile is not null)
    {
        if (!csvFile.Exists)
        {
            Console.Error.WriteLine($"CSV file not found: {csvFile.FullName}");
            return 2;
        }

        // Read eagerly so that a malformed row stops the run before anything is published.
        using var reader = csvFile.OpenText();
        messages = DailyBarCsvReader.Read(reader, symbolList, firstDate, lastDate)
            .Select(MarketDataMessageFormatter.FormatDailyBar)
            .ToList();
    }
    else
    {
        Console.Error.WriteLine("Nothing to publish: give --csv FILE or --synthetic-trades N.");
        return 2;
    }

    var config = new ProducerConfig { BootstrapServers = parseResult.GetValue(brokers) };
    if (parseResult.GetValue(saslUsername) is { Length: > 0 } username)
    {
        config.SecurityProtocol = SecurityProtocol.SaslSsl;
        config.SaslMechanism = SaslMechanism.Plain;
        config.SaslUsername = username;
        config.SaslPassword = Environment.GetEnvironmentVariable("KAFKA_SASL_PASSWORD")
            ?? throw new InvalidOperationException("--sasl-username is set but the KAFKA_SASL_PASSWORD environment variable is missing.");
    }

    using var producer = MarketDataPublisher.CreateProducer(config);
    var publisher = new MarketDataPublisher(producer);
    PublishReport report = await publisher.PublishAsync(parseResult.GetValue(topic)!, messages, parseResult.GetValue(rate), cancellationToken);
    Console.WriteLine($"Delivered {report.Delivered} messages to {parseResult.GetValue(topic)}, {report.Failed} failed.");
    if (report.FirstError is not null)
    {
        Console.Error.WriteLine($"First delivery error: {report.FirstError}");
    }

    return report.Failed == 0 ? 0 : 1;
});

return await root.Parse(args).InvokeAsync();

static DateOnly? ParseDate(string? text, string option)
{
    if (string.IsNullOrEmpty(text))
    {
        return null;
    }

    return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
        ? date
        : throw new ArgumentException($"{option} must be a YYYY-MM-DD date (got '{text}').");
}
