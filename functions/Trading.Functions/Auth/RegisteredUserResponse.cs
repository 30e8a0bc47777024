namespace Trading.Functions.Auth;

/// <summary>Body of a 201 from <c>POST /v1/auth/register</c>; <see cref="CreatedAt"/> is UTC.</summary>
public sealed record RegisteredUserResponse(string Id, string Username, DateTime CreatedAt);
