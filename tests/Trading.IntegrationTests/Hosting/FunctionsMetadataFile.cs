using System.Text.Json;

namespace Trading.IntegrationTests.Hosting;

/// <summary>The <c>functions.metadata</c> the Worker SDK generated at build time, read from the test output.</summary>
public static class FunctionsMetadataFile
{
    public static JsonElement[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"functions.metadata is missing from {AppContext.BaseDirectory}; the Worker SDK writes it when Trading.Functions builds.");

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(element => element.Clone()).ToArray();
    }

    public static IEnumerable<(string Name, JsonElement Trigger)> HttpFunctions() =>
        Load()
            .Select(function => (Name: function.GetProperty("name").GetString()!, Trigger: TriggerOf(function)))
            .Where(pair => pair.Trigger.GetProperty("type").GetString() == "httpTrigger");

    public static JsonElement TriggerOf(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(binding =>
            binding.GetProperty("direction").GetString() == "In" && binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
}
