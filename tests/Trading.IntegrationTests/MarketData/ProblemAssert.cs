using System.Net;
using System.Text.Json;

namespace Trading.IntegrationTests.MarketData;

/// <summary>Checks of problem documents returned by the market endpoints.</summary>
internal static class ProblemAssert
{
    /// <summary>Asserts the status, the problem content type, and that <c>errors</c> names <paramref name="field"/>.</summary>
    public static async Task NamesFieldAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        string text = await response.Content.ReadAsStringAsync();
        using JsonDocument body = JsonDocument.Parse(text);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.RootElement.TryGetProperty("errors", out JsonElement errors), $"expected an errors object: {text}");
        Assert.True(errors.TryGetProperty(field, out _), $"errors should name '{field}': {text}");
    }

    public static async Task HasStatusAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        string text = await response.Content.ReadAsStringAsync();
        using JsonDocument body = JsonDocument.Parse(text);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(type, body.RootElement.GetProperty("type").GetString());
    }
}
