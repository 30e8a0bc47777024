namespace Trading.Common;

/// <summary>
/// Collects input errors keyed by JSON field name (snake_case, with dots and indexes for nested members,
/// such as <c>parameters.fast_period</c>) and throws them as one validation error.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            messages = [];
            errors[field] = messages;
        }

        messages.Add(message);
        return this;
    }

    public bool Has(string field) => errors.ContainsKey(field);

    /// <summary>Throws a validation <see cref="DomainException"/> when any error was added.</summary>
    public void ThrowIfAny()
    {
        if (IsEmpty)
        {
            return;
        }

        throw ToException();
    }

    public DomainException ToException()
    {
        var fields = string.Join(", ", errors.Keys);
        return new DomainException(
            DomainErrorKind.Validation,
            "validation-failed",
            "The request is invalid",
            $"Invalid or missing fields: {fields}.")
        {
            Errors = errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal),
        };
    }

    /// <summary>Creates and throws a validation error for a single field.</summary>
    public static DomainException For(string field, string message) => new ValidationErrors().Add(field, message).ToException();
}
