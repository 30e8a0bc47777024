namespace Trading.Auth;

/// <summary>A registered user: id (the token <c>sub</c>), username as registered, password hash, creation time (UTC).</summary>
public sealed record UserRecord(string Id, string Username, string PasswordHash, DateTimeOffset CreatedAt);
