using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Trading.IntegrationTests.Strategies;

/// <summary>Sends API requests as one user and returns the status, headers and parsed JSON body.</summary>
public sealed class StrategyClient(HttpClient client, string token)
{
    public sealed record Reply(HttpStatusCode Status, HttpResponseHeaders Headers, JsonElement Body)
    {
        public string Text => Body.ToString();
    }

    public Task<Reply> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<Reply> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, JsonSerializer.Serialize(body));

    public Task<Reply> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    /// <summary>Creates a strategy and returns its id; fails the test unless the API returns 201.</summary>
    public async Task<string> CreateStrategyAsync(string type, object parameters, string name = "test strategy")
    {
        Reply reply = await PostAsync("v1/strategy/create", new { name, type, parameters });
        Assert.True(reply.Status == HttpStatusCode.Created, $"Creating the strategy failed with {reply.Status}: {reply.Text}");
        return reply.Body.GetProperty("strategy_id").GetString()!;
    }

    private async Task<Reply> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        JsonElement body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new Reply(response.StatusCode, response.Headers, body);
    }
}
