using Microsoft.AspNetCore.Http;
using Trading.Common;

namespace Trading.Functions.Http;

/// <summary>
/// The one place that turns errors into problem documents and chooses their status codes.
/// Problem types are relative URI references of the form <c>/problems/{code}</c>.
/// </summary>
public static class Problems
{
    public static string TypeUri(string code) => $"/problems/{code}";

    public static ProblemResult FromDomain(DomainException exception)
    {
        var status = exception.Kind switch
        {
            DomainErrorKind.Validation => StatusCodes.Status400BadRequest,
            DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
            DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
            DomainErrorKind.BusinessRule => StatusCodes.Status422UnprocessableEntity,
            DomainErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
            DomainErrorKind.RateLimited => StatusCodes.Status429TooManyRequests,
            DomainErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };

        return new ProblemResult(status, exception.Code, exception.Title, exception.Message)
        {
            Errors = exception.Errors,
            RetryAfter = exception.RetryAfter,
            ChallengeBearer = exception.Kind == DomainErrorKind.Unauthenticated,
        };
    }

    public static ProblemResult UnsupportedMediaType(string? contentType, string expectedMediaType = "application/json") =>
        new(
            StatusCodes.Status415UnsupportedMediaType,
            "unsupported-media-type",
            "Unsupported content type",
            $"The Content-Type header must be {expectedMediaType}, but it was '{contentType ?? "(missing)"}'.")
        {
            Errors = new Dictionary<string, string[]> { ["Content-Type"] = [$"Send the body as {expectedMediaType}."] },
        };

    public static ProblemResult PayloadTooLarge(long limitBytes) =>
        new(
            StatusCodes.Status413PayloadTooLarge,
            "payload-too-large",
            "Request body too large",
            $"The request body exceeds the limit of {limitBytes} bytes.");

    public static ProblemResult InternalError(string traceId) =>
        new(
            StatusCodes.Status500InternalServerError,
            "internal-error",
            "Internal server error",
            $"The request failed unexpectedly. Quote trace id {traceId} when reporting it.");

    public static ProblemResult DependencyUnavailable(IEnumerable<string> dependencies, IReadOnlyDictionary<string, string> status) =>
        new(
            StatusCodes.Status503ServiceUnavailable,
            "dependency-unavailable",
            "A dependency is unavailable",
            $"Unavailable: {string.Join(", ", dependencies)}.")
        {
            Extensions = new Dictionary<string, object?> { ["status"] = "unhealthy", ["dependencies"] = status },
        };
}
