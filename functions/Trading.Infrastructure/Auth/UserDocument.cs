using Trading.Auth;

namespace Trading.Infrastructure.Auth;

/// <summary>
/// A user in the <c>users</c> container. The id is the lower-cased username, so creating the document
/// is also the atomic, case-insensitive uniqueness check: a second create of the same id is a conflict.
/// </summary>
internal sealed record UserDocument(string Id, string UserId, string Username, string PasswordHash, DateTimeOffset CreatedAt, string Type = "user")
{
    public static UserDocument From(UserRecord user) =>
        new(CredentialRules.Normalize(user.Username), user.Id, user.Username, user.PasswordHash, user.CreatedAt);

    public UserRecord ToRecord() => new(UserId, Username, PasswordHash, CreatedAt);
}
