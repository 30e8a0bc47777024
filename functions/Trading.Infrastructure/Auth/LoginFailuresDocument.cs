using Trading.Auth;

namespace Trading.Infrastructure.Auth;

/// <summary>Recent failed logins of one username in the <c>auth</c> container; <c>ttl</c> is in seconds.</summary>
internal sealed record LoginFailuresDocument(string Id, string NormalizedUsername, IReadOnlyList<DateTimeOffset> FailedAt, int Ttl, string Type = "login_failures")
{
    public static LoginFailuresDocument From(LoginFailures failures, TimeSpan timeToLive) =>
        new(
            AuthDocumentIds.LoginFailures(failures.NormalizedUsername),
            failures.NormalizedUsername,
            failures.FailedAt,
            AuthDocumentIds.TimeToLiveSeconds(timeToLive));

    public LoginFailures ToRecord() => new(NormalizedUsername, FailedAt);
}
