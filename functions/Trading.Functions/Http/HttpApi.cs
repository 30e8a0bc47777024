using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Trading.Auth;
using Trading.Common;

namespace Trading.Functions.Http;

/// <summary>
/// Runs an HTTP function's body: authenticates when asked, and maps domain and HTTP-layer errors to
/// problem documents. Unexpected exceptions are logged and become a 500 that leaks no detail.
/// </summary>
public sealed partial class HttpApi(IAccessTokenValidator tokenValidator, ILogger<HttpApi> logger)
{
    public Task<IActionResult> RunAsync(HttpRequest request, Func<Task<IActionResult>> handler) =>
        GuardAsync(request, handler);

    /// <summary>Authenticates the bearer token first; a missing or invalid token is a 401 with <c>WWW-Authenticate: Bearer</c>.</summary>
    public Task<IActionResult> RunAuthenticatedAsync(HttpRequest request, Func<AuthenticatedUser, Task<IActionResult>> handler) =>
        GuardAsync(request, async () =>
        {
            var user = await AuthenticateAsync(request);
            return await handler(user);
        });

    private async Task<AuthenticatedUser> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";

        if (string.IsNullOrEmpty(header))
        {
            throw DomainException.Unauthenticated("The Authorization header is missing; send 'Authorization: Bearer <access token>'.");
        }

        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            throw DomainException.Unauthenticated("The Authorization header must use the Bearer scheme with an access token.");
        }

        return await tokenValidator.ValidateAsync(header[scheme.Length..].Trim(), request.HttpContext.RequestAborted);
    }

    private async Task<IActionResult> GuardAsync(HttpRequest request, Func<Task<IActionResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (DomainException exception)
        {
            LogRejected(request.Method, request.Path.Value, exception.Code, (int)exception.Kind);
            return Problems.FromDomain(exception);
        }
        catch (HttpProblemException exception)
        {
            LogRejected(request.Method, request.Path.Value, exception.Problem.Code, exception.Problem.Status);
            return exception.Problem;
        }
        catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            LogClientAborted(request.Method, request.Path.Value);
            return new StatusCodeResult(StatusCodes.Status499ClientClosedRequest);
        }
        catch (Exception exception)
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? request.HttpContext.TraceIdentifier;
            LogUnhandled(request.Method, request.Path.Value, traceId, exception);
            return Problems.InternalError(traceId);
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Request {Method} {Path} rejected with {ProblemCode} ({Kind})")]
    private partial void LogRejected(string method, string? path, string problemCode, int kind);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Request {Method} {Path} aborted by the client")]
    private partial void LogClientAborted(string method, string? path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Request {Method} {Path} failed unexpectedly, trace {TraceId}")]
    private partial void LogUnhandled(string method, string? path, string traceId, Exception exception);
}
