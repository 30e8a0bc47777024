namespace Trading.Accounts;

/// <summary>What a ledger entry records; serialized as <c>deposit</c>, <c>withdrawal</c>, <c>buy</c> or <c>sell</c>.</summary>
public enum LedgerEntryKind
{
    Deposit,
    Withdrawal,
    Buy,
    Sell,
}
