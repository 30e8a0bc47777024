using Microsoft.AspNetCore.Http;
using Trading.Accounts;
using Trading.Common;

namespace Trading.Functions.Accounts;

/// <summary>Reads single-valued headers and query parameters; a repeated one is a validation error naming it.</summary>
public static class RequestValues
{
    /// <summary>Returns the <c>Idempotency-Key</c> header, or null when it is absent.</summary>
    public static string? IdempotencyKey(HttpRequest request) =>
        request.Headers.TryGetValue(IdempotencyRequest.HeaderName, out var values)
            ? Single(values, IdempotencyRequest.HeaderName)
            : null;

    /// <summary>Returns a query parameter, or null when it is absent.</summary>
    public static string? Query(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) ? Single(values, name) : null;

    private static string Single(Microsoft.Extensions.Primitives.StringValues values, string name) =>
        values.Count == 1
            ? values[0] ?? string.Empty
            : throw ValidationErrors.For(name, $"Send '{name}' once, not {values.Count} times.");
}
