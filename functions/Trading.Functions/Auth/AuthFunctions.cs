using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Trading.Auth;
using Trading.Common;
using Trading.Functions.Http;

namespace Trading.Functions.Auth;

/// <summary>
/// Registration, login, token refresh and logout. Logout needs a bearer token; the others are anonymous.
/// Times go out as UTC <see cref="DateTime"/> values so they serialize with a <c>Z</c> suffix.
/// </summary>
public sealed class AuthFunctions(
    HttpApi api,
    RegistrationService registration,
    LoginService login,
    TokenFamilies families,
    LogoutService logout)
{
    /// <summary>Far above a valid refresh token (43 characters); longer input is a validation error.</summary>
    private const int MaxRefreshTokenLength = 512;

    [Function(nameof(Register))]
    public Task<IActionResult> Register(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/register")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAsync(request, async () =>
        {
            var body = await JsonBody.ReadAsync<CredentialsRequest>(request, cancellationToken);
            var user = await registration.RegisterAsync(body.Username, body.Password, cancellationToken);
            return JsonResponse.Created(new RegisteredUserResponse(user.Id, user.Username, user.CreatedAt.UtcDateTime));
        });

    [Function(nameof(Login))]
    public Task<IActionResult> Login(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/login")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAsync(request, async () =>
        {
            var body = await JsonBody.ReadAsync<CredentialsRequest>(request, cancellationToken);
            var tokens = await login.LoginAsync(body.Username, body.Password, cancellationToken);
            return JsonResponse.Ok(ToResponse(tokens));
        });

    [Function(nameof(RefreshToken))]
    public Task<IActionResult> RefreshToken(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/refresh")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAsync(request, async () =>
        {
            var body = await JsonBody.ReadAsync<RefreshRequest>(request, cancellationToken);
            var refreshToken = body.RefreshToken;
            if (string.IsNullOrEmpty(refreshToken) || refreshToken.Length > MaxRefreshTokenLength || refreshToken.Any(char.IsControl))
            {
                throw ValidationErrors.For("refresh_token", "The refresh token is required and must be the value that login or refresh returned.");
            }
            var tokens = await families.RefreshAsync(refreshToken, cancellationToken);
            return JsonResponse.Ok(ToResponse(tokens));
        });

    [Function(nameof(Logout))]
    public Task<IActionResult> Logout(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/logout")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async caller =>
        {
            var body = await JsonBody.ReadAsync<LogoutRequest>(request, cancellationToken);
            await logout.LogoutAsync(caller, body.Token, cancellationToken);
            return JsonResponse.Ok(new MessageResponse("Logged out successfully"));
        });

    private static TokenPairResponse ToResponse(TokenPair tokens) =>
        new(tokens.AccessToken, tokens.AccessTokenExpiresAt.UtcDateTime, tokens.RefreshToken, tokens.RefreshTokenExpiresAt.UtcDateTime);
}
