using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Trading.IntegrationTests.Auth;

/// <summary>An HTTP response of the auth endpoints, read completely.</summary>
public sealed record AuthResponse(HttpStatusCode Status, HttpResponseHeaders Headers, string? MediaType, string Text)
{
    public JsonElement Body => JsonDocument.Parse(Text).RootElement;

    public string String(string property) => Body.GetProperty(property).GetString()!;

    /// <summary>The field names of a problem document's <c>errors</c>; empty when it has none.</summary>
    public IReadOnlyList<string> ErrorFields =>
        Body.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(property => property.Name).ToList() : [];
}
