namespace Trading.Common;

/// <summary>
/// The class of a domain error. The HTTP layer maps each kind to one status code, so domain code never
/// names an HTTP status itself.
/// </summary>
public enum DomainErrorKind
{
    /// <summary>The request breaks an input rule; the errors name the fields.</summary>
    Validation,

    /// <summary>The resource does not exist for this caller (another user's resource is also not found).</summary>
    NotFound,

    /// <summary>The request conflicts with the resource's current state.</summary>
    Conflict,

    /// <summary>The input is well formed but a business rule rejects it, such as insufficient funds.</summary>
    BusinessRule,

    /// <summary>The caller is not authenticated or the credentials are invalid.</summary>
    Unauthenticated,

    /// <summary>The caller sent too many requests; <see cref="DomainException.RetryAfter"/> says when to retry.</summary>
    RateLimited,

    /// <summary>A dependency the request needs is unavailable.</summary>
    Unavailable,
}
