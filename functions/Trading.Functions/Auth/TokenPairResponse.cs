namespace Trading.Functions.Auth;

/// <summary>Body of a successful login or refresh; times are UTC.</summary>
public sealed record TokenPairResponse(string Token, DateTime ExpiresAt, string RefreshToken, DateTime RefreshExpiresAt);
