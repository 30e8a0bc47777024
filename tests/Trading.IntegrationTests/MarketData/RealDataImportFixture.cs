using Microsoft.Extensions.DependencyInjection;
using Trading.IntegrationTests.Support;
using Trading.MarketData.Import;
using Trading.MarketData.ImportTool;

namespace Trading.IntegrationTests.MarketData;

/// <summary>
/// The market host after one run of the import tool over some of the real files, in its own database.
/// Nothing is imported when the data folder is absent, and the tests then skip.
/// </summary>
public abstract class RealDataImportFixture : MarketApiFixture
{
    /// <summary>File names in the data folder, imported in this order by one tool run.</summary>
    protected abstract IReadOnlyList<string> FileNames { get; }

    public int ExitCode { get; private set; }

    public IReadOnlyList<ImportReport> Reports { get; private set; } = [];

    public string Output { get; private set; } = string.Empty;

    public ImportReport Report(string fileName) => Reports.Single(report => report.Source == fileName);

    /// <summary>Runs the tool core in-process over <paramref name="files"/> and returns its exit code, reports, output and error text.</summary>
    public async Task<(int ExitCode, IReadOnlyList<ImportReport> Reports, string Output, string Error)> RunToolAsync(params string[] files)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var tool = new MarketDataImportTool(Host.Services.GetRequiredService<HistoricalBarImporter>(), output, error);
        (int exitCode, IReadOnlyList<ImportReport> reports) = await tool.RunAsync(null, files, CancellationToken.None);
        return (exitCode, reports, output.ToString(), error.ToString());
    }

    public string[] Paths() => [.. FileNames.Select(name => Path.Combine(TestEnvironment.MarketDataDirectory!, name))];

    protected override async Task SeedAsync()
    {
        if (TestEnvironment.MarketDataDirectory is null)
        {
            return;
        }

        (ExitCode, Reports, Output, _) = await RunToolAsync(Paths());
    }
}
