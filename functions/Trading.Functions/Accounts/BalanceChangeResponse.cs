namespace Trading.Functions.Accounts;

/// <summary>Body of a successful deposit or withdrawal, and of its idempotent replays.</summary>
public sealed record BalanceChangeResponse(decimal NewBalance, string TransactionId);
