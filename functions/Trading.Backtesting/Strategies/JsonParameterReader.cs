using System.Text.Json;

namespace Trading.Backtesting.Strategies;

/// <summary>
/// Reads typed values from a <c>parameters</c> JSON object, collecting one error per bad key: missing,
/// wrong JSON type, repeated, or not in the set a strategy type accepts.
/// </summary>
internal sealed class JsonParameterReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);

    public JsonParameterReader(JsonElement parameters, IReadOnlyCollection<string> acceptedKeys)
    {
        foreach (JsonProperty property in parameters.EnumerateObject())
        {
            if (!acceptedKeys.Contains(property.Name))
            {
                Errors.Add(new ParameterError(property.Name, $"{property.Name} is not a parameter of this strategy type; accepted: {string.Join(", ", acceptedKeys)}."));
            }
            else if (!_properties.TryAdd(property.Name, property.Value))
            {
                Errors.Add(new ParameterError(property.Name, $"{property.Name} appears more than once."));
            }
        }
    }

    public List<ParameterError> Errors { get; } = [];

    public int RequiredInt(string key)
    {
        if (!TryGetRequired(key, out JsonElement value))
        {
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int result))
        {
            return result;
        }

        Errors.Add(new ParameterError(key, $"{key} must be an integer such as 20, with no fraction or quotes and at most 2147483647; got {Describe(value)}."));
        return 0;
    }

    public double RequiredDouble(string key) =>
        TryGetRequired(key, out JsonElement value) ? ReadDouble(key, value) : 0.0;

    public double OptionalDouble(string key, double defaultValue) =>
        _properties.TryGetValue(key, out JsonElement value) ? ReadDouble(key, value) : defaultValue;

    public bool OptionalBool(string key, bool defaultValue)
    {
        if (!_properties.TryGetValue(key, out JsonElement value))
        {
            return defaultValue;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Errors.Add(new ParameterError(key, $"{key} must be true or false; got {Describe(value)}."));
        return defaultValue;
    }

    /// <summary>Reads a non-empty array of strings and upper-cases them; their format is left to validation.</summary>
    public IReadOnlyList<string> RequiredSymbols(string key)
    {
        if (!TryGetRequired(key, out JsonElement value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Errors.Add(new ParameterError(key, $"{key} must be an array of ticker strings; got {Describe(value)}."));
            return [];
        }

        var symbols = new List<string>(value.GetArrayLength());
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                Errors.Add(new ParameterError(key, $"{key}[{symbols.Count}] must be a string; got {Describe(item)}."));
                return [];
            }

            symbols.Add(item.GetString()!.ToUpperInvariant());
        }

        return symbols;
    }

    private bool TryGetRequired(string key, out JsonElement value)
    {
        if (_properties.TryGetValue(key, out value))
        {
            return true;
        }

        Errors.Add(new ParameterError(key, $"{key} is required."));
        return false;
    }

    private double ReadDouble(string key, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double result) && double.IsFinite(result))
        {
            return result;
        }

        Errors.Add(new ParameterError(key, $"{key} must be a JSON number; got {Describe(value)}."));
        return 0.0;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString(),
    };
}
