using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Trading.Common;

namespace Trading.Functions.Http;

/// <summary>
/// An RFC 9457 problem document written as <c>application/problem+json</c>. Every non-2xx response of
/// the API is one of these; <see cref="Problems"/> is the only place that creates them.
/// </summary>
public sealed class ProblemResult(int status, string code, string title, string detail) : IActionResult
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public bool ChallengeBearer { get; init; }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = Status;
        response.ContentType = "application/problem+json";

        if (RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (ChallengeBearer)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }

        await JsonSerializer.SerializeAsync(response.Body, ToDocument(context.HttpContext), TradingJson.Options, context.HttpContext.RequestAborted);
    }

    private Dictionary<string, object?> ToDocument(HttpContext httpContext)
    {
        var document = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = Problems.TypeUri(Code),
            ["title"] = title,
            ["status"] = Status,
            ["detail"] = detail,
            ["instance"] = httpContext.Request.Path.Value,
        };

        if (Errors is { Count: > 0 })
        {
            document["errors"] = Errors;
        }

        foreach (var (name, value) in Extensions ?? new Dictionary<string, object?>())
        {
            document[name] = value;
        }

        return document;
    }
}
