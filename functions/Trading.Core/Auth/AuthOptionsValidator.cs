using Microsoft.Extensions.Options;

namespace Trading.Auth;

/// <summary>Rejects missing or unsafe auth settings at start-up, naming the setting to fix.</summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();

        if (DecodeSigningKey(options.SigningKey) is not { Length: >= AuthOptions.MinimumSigningKeyBytes })
        {
            failures.Add(
                $"Setting Auth__SigningKey is missing, is not base64, or is shorter than {AuthOptions.MinimumSigningKeyBytes} bytes "
                + "(256 bits) once decoded; generate one with 'openssl rand -base64 32'.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Setting Auth__Issuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Setting Auth__Audience must not be empty.");
        }

        if (options.AccessTokenLifetime < TimeSpan.FromMinutes(1) || options.AccessTokenLifetime > TimeSpan.FromHours(24))
        {
            failures.Add($"Setting Auth__AccessTokenLifetime must be from 00:01:00 to 1.00:00:00, but it is {options.AccessTokenLifetime}.");
        }

        if (options.RefreshTokenLifetime <= options.AccessTokenLifetime || options.RefreshTokenLifetime > TimeSpan.FromDays(365))
        {
            failures.Add($"Setting Auth__RefreshTokenLifetime must be longer than the access token lifetime and at most 365 days, but it is {options.RefreshTokenLifetime}.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Setting Auth__ClockSkew must be from 00:00:00 to 00:05:00, but it is {options.ClockSkew}.");
        }

        if (options.PasswordIterations is < AuthOptions.MinimumPasswordIterations or > 10_000_000)
        {
            failures.Add($"Setting Auth__PasswordIterations must be from {AuthOptions.MinimumPasswordIterations} to 10000000, but it is {options.PasswordIterations}.");
        }

        if (options.LoginFailureLimit is < 1 or > 100)
        {
            failures.Add($"Setting Auth__LoginFailureLimit must be from 1 to 100, but it is {options.LoginFailureLimit}.");
        }

        if (options.LoginFailureWindow < TimeSpan.FromSeconds(1) || options.LoginFailureWindow > TimeSpan.FromDays(1))
        {
            failures.Add($"Setting Auth__LoginFailureWindow must be from 00:00:01 to 1.00:00:00, but it is {options.LoginFailureWindow}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Decodes the base64 signing key; null when it is missing or not base64.</summary>
    public static byte[]? DecodeSigningKey(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }
}
