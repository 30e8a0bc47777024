using System.Text.Json;
using System.Text.Json.Nodes;
using Trading.Backtesting.Strategies;
using Trading.Common;
using Trading.MarketData;

namespace Trading.Strategies;

/// <summary>
/// Input rules of a new strategy: the name, the type and its parameters. Errors are keyed by request field:
/// <c>name</c>, <c>type</c>, <c>parameters</c> or <c>parameters.fast_period</c> and so on.
/// </summary>
public static class StrategyDefinition
{
    public const int MaxNameLength = 100;

    /// <summary>Returns the trimmed name and the parsed parameters, or throws a validation error naming every rejected field.</summary>
    /// <remarks>
    /// Symbols are normalized first by the market-data rule (<see cref="Symbols"/>), so <c>brk_a</c> and
    /// <c>BRK_A</c> become <c>BRK.A</c>, the symbol the importer stores.
    /// </remarks>
    public static (string Name, StrategyParameters Parameters) Validate(NewStrategy input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new ValidationErrors();
        string? name = ValidateName(input.Name, errors);

        StrategyParameters? parameters = null;
        if (input.Type is null)
        {
            errors.Add("type", $"type is missing; accepted: {string.Join(", ", StrategyKinds.Names)}.");
        }
        else if (input.Parameters is not { } json || json.ValueKind == JsonValueKind.Null)
        {
            errors.Add("parameters", "parameters is missing; send a JSON object.");
        }
        else
        {
            StrategyParametersParseResult result = StrategyParametersParser.Parse(input.Type, NormalizeSymbols(json));
            foreach (ParameterError error in result.Errors)
            {
                errors.Add(ToRequestField(error.Field), error.Message);
            }

            parameters = result.Parameters;
        }

        errors.ThrowIfAny();
        return (name!, parameters!);
    }

    private static string? ValidateName(string? name, ValidationErrors errors)
    {
        string trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            errors.Add("name", "name is missing or blank; send 1 to 100 characters.");
            return null;
        }

        if (trimmed.Length > MaxNameLength)
        {
            errors.Add("name", $"name must be at most {MaxNameLength} characters; got {trimmed.Length}.");
            return null;
        }

        // char.IsControl covers C0, DEL and C1, and the Unicode line and paragraph separators also break lines.
        if (trimmed.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029'))
        {
            errors.Add("name", "name must not contain control characters such as tabs or line breaks.");
            return null;
        }

        return trimmed;
    }

    private static string ToRequestField(string parameterField) =>
        parameterField is "type" or "parameters" ? parameterField : $"parameters.{parameterField}";

    private static JsonElement NormalizeSymbols(JsonElement parameters)
    {
        if (parameters.ValueKind != JsonValueKind.Object
            || !parameters.TryGetProperty(ParameterNames.Symbols, out JsonElement symbols)
            || symbols.ValueKind != JsonValueKind.Array)
        {
            return parameters;
        }

        var node = JsonNode.Parse(parameters.GetRawText())!.AsObject();
        var array = node[ParameterNames.Symbols]!.AsArray();
        for (int i = 0; i < array.Count; i++)
        {
            // A value that does not normalize is left as sent, so the parser rejects it with its own message.
            if (array[i] is JsonValue value
                && value.TryGetValue(out string? text)
                && Symbols.TryNormalize(text, out string normalized, out _))
            {
                array[i] = normalized;
            }
        }

        return JsonSerializer.SerializeToElement(node);
    }
}
