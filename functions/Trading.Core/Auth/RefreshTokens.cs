using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Trading.Auth;

/// <summary>
/// Refresh token values: 256 random bits in base64url. Only the SHA-256 hash of a token is stored, so a
/// leaked database does not hand out usable tokens. A plain hash is enough because the input is random
/// and cannot be guessed, unlike a password.
/// </summary>
public static class RefreshTokens
{
    private const int TokenBytes = 32;

    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>The lower-case hex SHA-256 of the token's UTF-8 bytes, used as its storage key.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
