using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Trading.UnitTests.Auth;

/// <summary>Builds JWTs by hand, without the library under test, so forged and unusual tokens can be crafted.</summary>
internal static class HandMadeJwt
{
    /// <summary>Signs with HMAC of the algorithm named in the header (HS256 or HS384), or leaves the signature empty when <paramref name="key"/> is null.</summary>
    public static string Create(object header, object payload, byte[]? key)
    {
        var headerJson = JsonSerializer.Serialize(header);
        var signingInput = Encode(headerJson) + "." + Encode(JsonSerializer.Serialize(payload));
        if (key is null)
        {
            return signingInput + ".";
        }

        var input = Encoding.ASCII.GetBytes(signingInput);
        var signature = headerJson.Contains("HS384", StringComparison.Ordinal) ? HMACSHA384.HashData(key, input) : HMACSHA256.HashData(key, input);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public static Dictionary<string, object> Payload(string issuer, string audience, DateTimeOffset issuedAt, TimeSpan lifetime) => new()
    {
        ["iss"] = issuer,
        ["aud"] = audience,
        ["sub"] = "user-1",
        ["jti"] = Guid.NewGuid().ToString("N"),
        ["fam"] = "family-1",
        ["iat"] = issuedAt.ToUnixTimeSeconds(),
        ["nbf"] = issuedAt.ToUnixTimeSeconds(),
        ["exp"] = (issuedAt + lifetime).ToUnixTimeSeconds(),
    };

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
