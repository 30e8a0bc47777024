using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Trading.Common;

namespace Trading.Functions.MarketData;

/// <summary>
/// A validated import request. <see cref="Symbol"/> names the series of a single-symbol file. Without
/// it, the importer takes the symbol from <see cref="SourceName"/>, the file name of a
/// <c>Content-Disposition</c> header, as the command-line tool does.
/// </summary>
public sealed record ImportQuery(string? Symbol, string SourceName)
{
    /// <summary>The only format so far. The importer detects the CSV layout from the header row.</summary>
    public const string CsvFormat = "csv";

    /// <summary>Source name of a body without a file name. It is not a valid symbol, so a single-symbol file then needs <c>symbol</c>.</summary>
    public const string UnnamedSource = "(request body)";

    private static readonly string[] Parameters = ["format", "symbol"];

    /// <exception cref="DomainException">A validation error naming each bad parameter.</exception>
    public static ImportQuery Parse(HttpRequest request)
    {
        var errors = new ValidationErrors();
        MarketQueryString.RejectUnknownAndRepeated(request.Query, Parameters, errors);

        string? format = MarketQueryString.Value(request.Query, "format");
        if (format is not null && !format.Equals(CsvFormat, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("format", $"Format '{format}' is not supported; use {CsvFormat}.");
        }

        string? symbolText = MarketQueryString.Value(request.Query, "symbol");
        string? symbol = symbolText is null ? null : MarketQueryString.Symbol(symbolText, errors);
        errors.ThrowIfAny();
        return new ImportQuery(symbol, FileName(request.Headers.ContentDisposition.ToString()) ?? UnnamedSource);
    }

    private static string? FileName(string header)
    {
        if (string.IsNullOrEmpty(header) || !ContentDispositionHeaderValue.TryParse(header, out ContentDispositionHeaderValue? disposition))
        {
            return null;
        }

        string? name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value?.Trim('"');
        return string.IsNullOrWhiteSpace(name) ? null : Path.GetFileName(name);
    }
}
