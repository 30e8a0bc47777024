using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Trading.Auth;

/// <summary>
/// Hashes passwords with PBKDF2-HMAC-SHA256 and a random 16-byte salt per hash. A stored hash describes
/// itself as <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt base64&gt;$&lt;hash base64&gt;</c>, so raising the
/// iteration count later still verifies old hashes and marks them for rehashing.
/// </summary>
public sealed class PasswordHasher
{
    private const string Algorithm = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly int iterations;
    private readonly Lazy<string> dummyHash;

    /// <param name="iterations">Iterations for new hashes; the settings validator enforces the production minimum.</param>
    public PasswordHasher(int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        this.iterations = iterations;
        dummyHash = new Lazy<string>(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(SaltBytes))));
    }

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, iterations);
        return string.Join('$', Algorithm, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Compares in constant time; throws <see cref="FormatException"/> when the stored hash is malformed.</summary>
    public PasswordVerification Verify(string password, string storedHash)
    {
        var (storedIterations, salt, expected) = Parse(storedHash);
        var actual = Derive(password, salt, storedIterations, expected.Length);

        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordVerification.Failed;
        }

        return storedIterations < iterations ? PasswordVerification.SucceededRehashNeeded : PasswordVerification.Succeeded;
    }

    /// <summary>
    /// Verifies against a hash of a random password, so a login for an unknown user spends the same
    /// hashing time as one with a wrong password. The result is always a failure.
    /// </summary>
    public void VerifyAgainstDummy(string password) => Verify(password, dummyHash.Value);

    private static byte[] Derive(string password, byte[] salt, int iterationCount, int length = HashBytes) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterationCount, HashAlgorithmName.SHA256, length);

    private static (int Iterations, byte[] Salt, byte[] Hash) Parse(string storedHash)
    {
        var parts = storedHash.Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm)
        {
            throw new FormatException($"The stored password hash is not in the {Algorithm} format.");
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var storedIterations) || storedIterations < 1)
        {
            throw new FormatException("The stored password hash has an invalid iteration count.");
        }

        var salt = DecodeBase64(parts[2]);
        var hash = DecodeBase64(parts[3]);
        if (salt is not { Length: > 0 } || hash is not { Length: > 0 })
        {
            throw new FormatException("The stored password hash has a salt or hash that is empty or not base64.");
        }

        return (storedIterations, salt, hash);
    }

    private static byte[]? DecodeBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }
}
