using Microsoft.Extensions.Logging.Abstractions;
using Trading.MarketData;
using Trading.MarketData.Import;

namespace Trading.UnitTests.MarketData;

/// <summary>The importer over the in-memory store, reading files or inline CSV text.</summary>
internal sealed class ImportHarness
{
    public ImportHarness()
    {
        Importer = new HistoricalBarImporter(Store, NullLogger<HistoricalBarImporter>.Instance);
    }

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
