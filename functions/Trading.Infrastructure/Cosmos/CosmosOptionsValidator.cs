using Microsoft.Extensions.Options;

namespace Trading.Infrastructure.Cosmos;

/// <summary>Rejects missing or malformed Cosmos settings at start-up with the setting's name.</summary>
public sealed class CosmosOptionsValidator : IValidateOptions<CosmosOptions>
{
    public ValidateOptionsResult Validate(string? name, CosmosOptions options)
    {
        var failures = new List<string>();

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Setting Cosmos__Endpoint is missing or is not an absolute https URL.");
        }

        if (string.IsNullOrWhiteSpace(options.Key) || !IsBase64(options.Key))
        {
            failures.Add("Setting Cosmos__Key is missing or is not base64.");
        }

        if (string.IsNullOrWhiteSpace(options.Database) || options.Database.Length > 255)
        {
            failures.Add("Setting Cosmos__Database is missing or longer than 255 characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out _);
    }
}
