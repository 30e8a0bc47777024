using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Trading.ApiLoad;

/// <summary>Registers a throwaway user and logs it in over HTTP, the way a client of the API does.</summary>
public static class ApiSession
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Registers a new user, logs it in and returns its access token. Throws <see cref="HttpRequestException"/> on a non-success status.</summary>
    public static async Task<string> RegisterAndLogInAsync(HttpClient client, CancellationToken cancellationToken)
    {
        // Random so that repeated sessions against the same database never collide.
        var credentials = new Credentials(
            "bench" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

        using (var registered = await client.PostAsJsonAsync("v1/auth/register", credentials, Json, cancellationToken))
        {
            await EnsureSuccessAsync(registered, "register", cancellationToken);
        }

        using var loggedIn = await client.PostAsJsonAsync("v1/auth/login", credentials, Json, cancellationToken);
        await EnsureSuccessAsync(loggedIn, "login", cancellationToken);
        var tokens = await loggedIn.Content.ReadFromJsonAsync<TokenPair>(Json, cancellationToken);
        return tokens?.Token is { Length: > 0 } token
            ? token
            : throw new HttpRequestException("The login response has no 'token' field.");
    }

    /// <summary>
    /// Changes the first character of a JWT's signature. The first character carries six full bits, unlike
    /// the last, whose low bits are padding that a decoder may ignore, so the signature no longer verifies.
    /// </summary>
    public static string TamperSignature(string jwt)
    {
        var signatureStart = jwt.LastIndexOf('.') + 1;
        if (signatureStart == 0 || signatureStart >= jwt.Length)
        {
            throw new HttpRequestException("The access token is not a JWT with a signature part.");
        }

        var replacement = jwt[signatureStart] == 'A' ? 'B' : 'A';
        return string.Concat(jwt.AsSpan(0, signatureStart), [replacement], jwt.AsSpan(signatureStart + 1));
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string step, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"The {step} request failed with status {(int)response.StatusCode}: {body}");
        }
    }

    private sealed record Credentials(string Username, string Password);

    private sealed record TokenPair(string? Token);
}
