using Microsoft.Extensions.Logging.Abstractions;
using Trading.MarketData;
using Trading.MarketData.Import;

namespace Trading.UnitTests.MarketData;

/// <summary>The importer over the in-memory store, reading files or inline CSV text.</summary>
internal sealed class ImportHarness
{
    /// <summary>Start time of the harness clock: noon UTC, so the latest importable date is 2026-12-05.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    public ImportHarness()
    {
        Importer = new HistoricalBarImporter(Store, Clock, NullLogger<HistoricalBarImporter>.Instance);
    }

    public ManualClock Clock { get; } = new(Now);

    public InMemoryMarketDataStore Store { get; } = new();

    public HistoricalBarImporter Importer { get; }

    public Task<ImportReport> ImportTextAsync(string csv, string sourceName = "test.csv", string? symbol = null) =>
        Importer.ImportAsync(new StringReader(csv), sourceName, new ImportOptions(symbol), CancellationToken.None);

    public async Task<ImportReport> ImportFileAsync(string fileName)
    {
        using var reader = new StreamReader(MarketDataFolder.File(fileName));
        return await Importer.ImportAsync(reader, fileName, new ImportOptions(), CancellationToken.None);
    }

    public Bar Bar(string symbol, DateOnly day) =>
        Store.Bars.Single(bar => bar.Symbol == symbol && bar.Interval == BarInterval.OneDay && bar.Start == new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
