using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Trading.Common;

namespace Trading.Accounts;

/// <summary>
/// A validated <c>Idempotency-Key</c> with the hash of the request it came with. Keys are scoped to the
/// user, because they are stored in the user's account document.
/// </summary>
public sealed record IdempotencyRequest(string Key, string RequestHash)
{
    public const string HeaderName = "Idempotency-Key";

    public const int MaxKeyLength = 255;

    /// <summary>
    /// Validates a header value (1 to 255 printable ASCII characters) and hashes the operation with its
    /// canonical request values, so <c>10</c> and <c>10.00</c> count as the same body. Returns null when
    /// the header is absent.
    /// </summary>
    public static IdempotencyRequest? Create(string? key, string operation, params decimal[] values) =>
        Create(key, operation, values.Select(Canonical).ToArray());

    public static IdempotencyRequest? Create(string? key, string operation, params string[] values)
    {
        if (key is null)
        {
            return null;
        }

        if (key.Length is 0 or > MaxKeyLength || !key.All(c => c is >= ' ' and <= '~'))
        {
            throw ValidationErrors.For(HeaderName, "The Idempotency-Key header must be 1 to 255 printable ASCII characters.");
        }

        var canonical = string.Join('\n', values.Prepend(operation));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return new IdempotencyRequest(key, hash);
    }

    private static string Canonical(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
