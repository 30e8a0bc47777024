using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Trading.Common;
using Trading.Functions.Http;
using Trading.MarketData.Import;

namespace Trading.Functions.MarketData;

/// <summary>
/// Imports one small historical CSV file sent as the request body. Larger files go through the
/// command-line tool tools/Trading.MarketData.Import, which has no body limit.
/// </summary>
/// <remarks>
/// NOTE: any authenticated user may import, because users have no roles yet. Imported bars are shared
/// by every user of the platform.
/// </remarks>
public sealed class MarketImportFunction(HttpApi api, HistoricalBarImporter importer)
{
    /// <summary>Body limit in bytes (1 MiB). Each real daily price file in the test data is under 500 KiB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    [Function(nameof(ImportMarketData))]
    public Task<IActionResult> ImportMarketData(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "market/import")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async _ =>
        {
            ImportQuery query = ImportQuery.Parse(request);
            string csv = await CsvBody.ReadAsync(request, MaxBodyBytes, cancellationToken);

            using var reader = new StringReader(csv);
            ImportReport report = await importer.ImportAsync(reader, query.SourceName, new ImportOptions(query.Symbol), cancellationToken);
            if (report.FileRejected)
            {
                string reason = report.Rejections.Count > 0 ? report.Rejections[0].Reason : "the file fits no known layout";
                throw new DomainException(DomainErrorKind.BusinessRule, "import-rejected", "The file cannot be imported", $"Nothing was imported: {reason}.")
                {
                    Errors = new Dictionary<string, string[]> { ["body"] = [reason] },
                };
            }

            return JsonResponse.Ok(ImportResponse.From(report));
        });
}
