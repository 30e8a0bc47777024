namespace Trading.Common;

/// <summary>
/// A rule of the domain rejected an operation. The message is safe to show to the caller: it never
/// contains secrets, tokens or another user's data.
/// </summary>
public class DomainException : Exception
{
    public DomainException(DomainErrorKind kind, string code, string title, string detail)
        : base(detail)
    {
        Kind = kind;
        Code = code;
        Title = title;
    }

    public DomainErrorKind Kind { get; }

    /// <summary>Stable, kebab-case problem code such as <c>insufficient-funds</c>; clients switch on it.</summary>
    public string Code { get; }

    /// <summary>Short, human-readable summary that is the same for every occurrence of <see cref="Code"/>.</summary>
    public string Title { get; }

    /// <summary>Errors keyed by the JSON name of the offending field; empty when no single field is at fault.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>When the caller may retry; set for <see cref="DomainErrorKind.RateLimited"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static DomainException NotFound(string resource, string id) =>
        new(DomainErrorKind.NotFound, "not-found", "Resource not found", $"The {resource} '{id}' was not found.");

    public static DomainException Conflict(string code, string detail) =>
        new(DomainErrorKind.Conflict, code, "Conflict with the current state", detail);

    public static DomainException BusinessRule(string code, string title, string detail) =>
        new(DomainErrorKind.BusinessRule, code, title, detail);

    public static DomainException Unauthenticated(string detail) =>
        new(DomainErrorKind.Unauthenticated, "unauthenticated", "Authentication required", detail);

    public static DomainException RateLimited(string detail, TimeSpan retryAfter) =>
        new(DomainErrorKind.RateLimited, "too-many-requests", "Too many requests", detail) { RetryAfter = retryAfter };
}
