using System.CommandLine;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Trading.Infrastructure.Cosmos;
using Trading.MarketData.Import;
using Trading.MarketData.ImportTool;

// Imports historical CSV price files into Cosmos DB with the app's settings, for example:
//   dotnet run --project tools/Trading.MarketData.Import -- --symbol WTI ../shared/data/market/wti-daily.csv
var symbol = new Option<string?>("--symbol") { Description = "Symbol of single-series files (OHLC or close only); default: the file name up to its first '-' or '.'." };
var files = new Argument<string[]>("files") { Description = "CSV files to import.", Arity = ArgumentArity.OneOrMore };
var root = new RootCommand("Imports daily bars from historical CSV files into the market container and prints a report per file.") { symbol, files };

root.SetAction(async (parseResult, cancellationToken) =>
{
    await using ServiceProvider services = ToolServices.Build(ToolConfiguration.Build());
    CosmosOptions cosmos;
    try
    {
        cosmos = services.GetRequiredService<IOptions<CosmosOptions>>().Value;
    }
    catch (OptionsValidationException exception)
    {
        Console.Error.WriteLine($"Invalid settings: {string.Join(" ", exception.Failures)}");
        return ImportExitCodes.Usage;
    }

    try
    {
        if (cosmos.CreateIfMissing)
        {
            await services.GetRequiredService<CosmosDatabase>().EnsureCreatedAsync(cancellationToken);
        }

        var tool = new MarketDataImportTool(services.GetRequiredService<HistoricalBarImporter>(), Console.Out, Console.Error);
        (int exitCode, _) = await tool.RunAsync(parseResult.GetValue(symbol), parseResult.GetValue(files) ?? [], cancellationToken);
        return exitCode;
    }
    catch (CosmosException exception)
    {
        Console.Error.WriteLine($"Cosmos DB request failed with status {(int)exception.StatusCode}: {exception.Message}");
        return ImportExitCodes.FileFailed;
    }
});

return await root.Parse(args).InvokeAsync();
