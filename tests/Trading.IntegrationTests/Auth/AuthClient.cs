using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Trading.IntegrationTests.Auth;

/// <summary>Calls the auth endpoints with raw JSON and returns status, headers and parsed body.</summary>
public sealed class AuthClient(HttpClient client)
{
    public const string GoodPassword = "correct horse battery staple";

    public async Task<AuthResponse> PostAsync(string route, string json, string? bearer = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v1/auth/{route}")
        {
            Content = new StringContent(json, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await SendAsync(request);
    }

    public async Task<AuthResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new AuthResponse(response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, text);
    }

    public Task<AuthResponse> RegisterAsync(string username, string password = GoodPassword) =>
        PostAsync("register", Json(new { username, password }));

    public Task<AuthResponse> LoginAsync(string username, string password = GoodPassword) =>
        PostAsync("login", Json(new { username, password }));

    public Task<AuthResponse> RefreshAsync(string refreshToken) =>
        PostAsync("refresh", Json(new { refresh_token = refreshToken }));

    public Task<AuthResponse> LogoutAsync(string bearer, string token) =>
        PostAsync("logout", Json(new { token }), bearer);

    /// <summary>Registers and logs in a user, failing the test when either step fails.</summary>
    public async Task<Session> RegisterAndLoginAsync(string username)
    {
        var registered = await RegisterAsync(username);
        Assert.True(registered.Status == HttpStatusCode.Created, $"Registering {username} returned {registered.Status}: {registered.Text}");
        return await LoginSessionAsync(username);
    }

    public async Task<Session> LoginSessionAsync(string username, string password = GoodPassword)
    {
        var login = await LoginAsync(username, password);
        Assert.True(login.Status == HttpStatusCode.OK, $"Logging in {username} returned {login.Status}: {login.Text}");
        return Session.From(login);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
