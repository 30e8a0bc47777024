using System.Text.Json;
using System.Text.RegularExpressions;
using Trading.Common;

namespace Trading.Functions.Http;

/// <summary>Turns System.Text.Json failures into validation errors keyed by the JSON field name.</summary>
internal static partial class JsonErrors
{
    public static DomainException ToValidationError(JsonException exception)
    {
        var message = exception.Message;
        var path = FieldFromPath(exception.Path);

        var unknown = UnknownMemberPattern().Match(message);
        if (unknown.Success)
        {
            var member = unknown.Groups["name"].Value;
            // System.Text.Json reports the unknown member's own path, such as $.parameters.colour.
            var field = path ?? member;
            return ValidationErrors.For(field, $"Unknown field '{member}'; remove it.");
        }

        var duplicate = DuplicateMemberPattern().Match(message);
        if (duplicate.Success)
        {
            var member = duplicate.Groups["name"].Value;
            return ValidationErrors.For(path ?? member, $"The field '{member}' appears more than once.");
        }

        if (path is null)
        {
            return ValidationErrors.For("body", "The request body is not valid JSON or is not a JSON object.");
        }

        return ValidationErrors.For(path, "The value has the wrong type or is out of range for this field.");
    }

    /// <summary>Converts a JSON path such as <c>$.parameters.fast_period</c> to <c>parameters.fast_period</c>.</summary>
    private static string? FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Replace("['", ".", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal).TrimStart('.');
    }

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownMemberPattern();

    // System.Text.Json 10 writes "Duplicate property 'amount' encountered during deserialization of type
    // 'Namespace.Type'.", so the name is the first quoted part; a greedy match would report the .NET type.
    [GeneratedRegex("[Dd]uplicate[^']*'(?<name>[^']*)'")]
    private static partial Regex DuplicateMemberPattern();
}
