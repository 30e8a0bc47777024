using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Trading.LoopbackHost;

/// <summary>Reads the <c>Values</c> of a Core Tools <c>local.settings.json</c> as configuration.</summary>
public static class LocalSettings
{
    /// <summary>Finds functions/Trading.Functions/local.settings.json above the current folder, or returns null.</summary>
    public static string? Find()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "functions", "Trading.Functions", "local.settings.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string? path)
    {
        if (path is null)
        {
            return builder;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out var section))
        {
            foreach (var property in section.EnumerateObject())
            {
                // Core Tools turn "__" into the ":" of nested configuration keys, as environment variables do.
                values[property.Name.Replace("__", ":", StringComparison.Ordinal)] = property.Value.ToString();
            }
        }

        return builder.AddInMemoryCollection(values);
    }
}
