namespace Trading.Accounts;

/// <summary>A committed change of a user's cash balance, handed to <see cref="IAccountNotifier"/>.</summary>
public sealed record AccountChange(string UserId, LedgerEntry Entry, decimal Balance);
