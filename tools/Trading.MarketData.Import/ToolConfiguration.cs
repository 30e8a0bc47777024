using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Trading.MarketData.ImportTool;

/// <summary>
/// The app's settings for the tool: the <c>Values</c> of functions/Trading.Functions/local.settings.json
/// (found from the current folder upward, as Core Tools read it), then environment variables, which win.
/// Names are the app setting names, such as <c>Cosmos__Endpoint</c>.
/// </summary>
public static class ToolConfiguration
{
    public static IConfiguration Build()
    {
        var builder = new ConfigurationBuilder();
        if (FindLocalSettings() is { } path)
        {
            builder.AddInMemoryCollection(ReadValues(path));
        }

        return builder.AddEnvironmentVariables().Build();
    }

    private static string? FindLocalSettings()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "functions", "Trading.Functions", "local.settings.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static Dictionary<string, string?> ReadValues(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out JsonElement section))
        {
            foreach (JsonProperty property in section.EnumerateObject())
            {
                // "__" separates a section from its key in app settings, where configuration keys use ":".
                values[property.Name.Replace("__", ":", StringComparison.Ordinal)] = property.Value.ToString();
            }
        }

        return values;
    }
}
