using Microsoft.Extensions.Options;

namespace Trading.Infrastructure.Storage;

/// <summary>Rejects missing or malformed storage settings at start-up with the setting's name.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.ConnectionString)
            || !(options.ConnectionString.Contains("AccountName=", StringComparison.OrdinalIgnoreCase)
                 || options.ConnectionString.Equals("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add("Setting Storage__ConnectionString is missing or is not a storage connection string.");
        }

        // Blob container names: 3 to 63 lower-case letters, digits and single hyphens.
        if (!System.Text.RegularExpressions.Regex.IsMatch(options.BacktestContainer ?? string.Empty, "^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$"))
        {
            failures.Add("Setting Storage__BacktestContainer is not a valid blob container name.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
