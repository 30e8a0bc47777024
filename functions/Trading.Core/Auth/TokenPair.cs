namespace Trading.Auth;

/// <summary>The tokens a login or refresh returns; all times are UTC, whole seconds.</summary>
public sealed record TokenPair(string AccessToken, DateTimeOffset AccessTokenExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);
