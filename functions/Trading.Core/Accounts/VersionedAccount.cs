namespace Trading.Accounts;

/// <summary>An account as read from storage with the ETag that a conditional replace must match.</summary>
public sealed record VersionedAccount(Account Account, string ETag);
