using Trading.Portfolio;

namespace Trading.Accounts;

/// <summary>Reads a user's cash account and ledger, and applies deposits and withdrawals.</summary>
public sealed class AccountService(AccountWriter writer, IAccountStore store)
{
    public async Task<Account> GetAsync(string userId, CancellationToken cancellationToken) =>
        (await writer.LoadAsync(userId, cancellationToken)).Account;

    public Task<CommittedChange> DepositAsync(string userId, decimal? amount, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var cash = CashAmount.Parse(amount);
        var idempotency = IdempotencyRequest.Create(idempotencyKey, "deposit", cash.Value);
        return writer.ExecuteAsync(
            userId,
            idempotency,
            (account, transactionId, now) => new AppliedChange(account.Deposit(cash, transactionId, now), null),
            cancellationToken);
    }

    public Task<CommittedChange> WithdrawAsync(string userId, decimal? amount, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var cash = CashAmount.Parse(amount);
        var idempotency = IdempotencyRequest.Create(idempotencyKey, "withdraw", cash.Value);
        return writer.ExecuteAsync(
            userId,
            idempotency,
            (account, transactionId, now) => new AppliedChange(account.Withdraw(cash, transactionId, now), null),
            cancellationToken);
    }

    /// <summary>
    /// Returns one ledger page. Entries still in the account's outbox are merged in. The account is read
    /// before the ledger documents, and an entry leaves the outbox only after its document is stored, so
    /// no committed entry falls between the two reads.
    /// </summary>
    public async Task<LedgerPage> GetTransactionsAsync(string userId, LedgerQuery query, CancellationToken cancellationToken)
    {
        var (account, _) = await writer.LoadAsync(userId, cancellationToken);
        var before = query.Before ?? long.MaxValue;

        var stored = await store.GetLedgerAsync(userId, before, query.Limit + 1, cancellationToken);
        var entries = account.Outbox
            .Where(entry => entry.Sequence < before)
            .Concat(stored)
            .DistinctBy(entry => entry.TransactionId)
            .OrderByDescending(entry => entry.Sequence)
            .Take(query.Limit + 1)
            .ToList();

        var hasMore = entries.Count > query.Limit;
        var page = entries.Take(query.Limit).ToList();
        return new LedgerPage(page, hasMore ? page[^1].Sequence : null);
    }
}
