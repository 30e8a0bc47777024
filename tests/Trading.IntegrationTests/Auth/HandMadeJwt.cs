using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Trading.IntegrationTests.Auth;

/// <summary>Builds JWTs by hand, without the library under test, so forged tokens can be crafted.</summary>
internal static class HandMadeJwt
{
    public const string Issuer = "trading-platform";
    public const string Audience = "trading-platform-api";

    /// <summary>Signs with HMAC-SHA256, or leaves the signature empty when <paramref name="key"/> is null.</summary>
    public static string Create(object header, object payload, byte[]? key)
    {
        var signingInput = Encode(JsonSerializer.Serialize(header)) + "." + Encode(JsonSerializer.Serialize(payload));
        var signature = key is null ? string.Empty : Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput)));
        return signingInput + "." + signature;
    }

    public static Dictionary<string, object> Payload(string userId, DateTimeOffset issuedAt, TimeSpan lifetime, string issuer = Issuer, string audience = Audience) => new()
    {
        ["iss"] = issuer,
        ["aud"] = audience,
        ["sub"] = userId,
        ["jti"] = Guid.NewGuid().ToString("N"),
        ["fam"] = Guid.NewGuid().ToString("N"),
        ["iat"] = issuedAt.ToUnixTimeSeconds(),
        ["nbf"] = issuedAt.ToUnixTimeSeconds(),
        ["exp"] = (issuedAt + lifetime).ToUnixTimeSeconds(),
    };

    public static Dictionary<string, object> Header(string algorithm) => new() { ["alg"] = algorithm, ["typ"] = "JWT" };

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
