namespace Trading.Auth;

/// <summary>A newly registered user; <see cref="CreatedAt"/> is UTC, whole seconds.</summary>
public sealed record RegisteredUser(string Id, string Username, DateTimeOffset CreatedAt);
