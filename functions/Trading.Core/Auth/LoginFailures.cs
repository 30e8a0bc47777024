namespace Trading.Auth;

/// <summary>Times (UTC) of the latest failed logins for one username, oldest first, at most the configured limit.</summary>
public sealed record LoginFailures(string NormalizedUsername, IReadOnlyList<DateTimeOffset> FailedAt);
