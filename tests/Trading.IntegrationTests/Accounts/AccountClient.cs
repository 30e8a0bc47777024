using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Trading.IntegrationTests.Accounts;

/// <summary>Calls the account and portfolio endpoints as one user, with raw JSON bodies so tests control every byte.</summary>
public sealed class AccountClient(HttpClient http, string userId, string token)
{
    public string UserId { get; } = userId;

    public string Token { get; } = token;

    public HttpClient Http { get; } = http;

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public Task<HttpResponseMessage> DepositAsync(decimal amount, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Put, "v1/account/deposit", $$"""{"amount":{{Number(amount)}}}""", idempotencyKey);

    public Task<HttpResponseMessage> WithdrawAsync(decimal amount, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Put, "v1/account/withdraw", $$"""{"amount":{{Number(amount)}}}""", idempotencyKey);

    public Task<HttpResponseMessage> FillAsync(string symbol, decimal quantity, decimal price, string? idempotencyKey = null) =>
        SendAsync(
            HttpMethod.Post,
            "v1/portfolio/position",
            $$"""{"symbol":"{{symbol}}","quantity":{{Number(quantity)}},"price":{{Number(price)}}}""",
            idempotencyKey);

    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        string? body = null,
        string? idempotencyKey = null,
        string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Sends a GET and returns the JSON body, failing the test with the body when the status is not 200.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        return await ReadOkAsync(response);
    }

    public async Task<decimal> BalanceAsync() => (await GetJsonAsync("v1/account")).GetProperty("balance").GetDecimal();

    /// <summary>Reads every ledger entry, newest first, following <c>next_before</c> through all pages.</summary>
    public async Task<List<JsonElement>> AllTransactionsAsync(int pageSize = 200)
    {
        var entries = new List<JsonElement>();
        string? before = null;
        do
        {
            var path = $"v1/account/transactions?limit={pageSize}" + (before is null ? string.Empty : $"&before={before}");
            var page = await GetJsonAsync(path);
            entries.AddRange(page.GetProperty("transactions").EnumerateArray());
            var next = page.GetProperty("next_before");
            before = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
        }
        while (before is not null);

        return entries;
    }

    public static async Task<JsonElement> ReadOkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 but got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
