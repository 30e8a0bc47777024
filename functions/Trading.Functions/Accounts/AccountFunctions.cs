using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Trading.Accounts;
using Trading.Functions.Http;

namespace Trading.Functions.Accounts;

/// <summary>
/// The caller's cash account. Every call works on the authenticated user's own account, so no route
/// names an account and another user's account cannot be addressed. Deposits and withdrawals accept an
/// <c>Idempotency-Key</c> header.
/// </summary>
public sealed class AccountFunctions(HttpApi api, AccountService accounts)
{
    [Function(nameof(GetAccount))]
    public Task<IActionResult> GetAccount(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "account")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            var account = await accounts.GetAsync(user.UserId, cancellationToken);
            return JsonResponse.Ok(new AccountResponse(account.UserId, account.Balance, account.CreatedAt.UtcDateTime, account.UpdatedAt.UtcDateTime));
        });

    [Function(nameof(Deposit))]
    public Task<IActionResult> Deposit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "account/deposit")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            var key = RequestValues.IdempotencyKey(request);
            var body = await JsonBody.ReadAsync<AmountRequest>(request, cancellationToken);
            var change = await accounts.DepositAsync(user.UserId, body.Amount, key, cancellationToken);
            return JsonResponse.Ok(new BalanceChangeResponse(change.NewBalance, change.TransactionId));
        });

    [Function(nameof(Withdraw))]
    public Task<IActionResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "account/withdraw")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            var key = RequestValues.IdempotencyKey(request);
            var body = await JsonBody.ReadAsync<AmountRequest>(request, cancellationToken);
            var change = await accounts.WithdrawAsync(user.UserId, body.Amount, key, cancellationToken);
            return JsonResponse.Ok(new BalanceChangeResponse(change.NewBalance, change.TransactionId));
        });

    /// <summary>
    /// Lists the ledger newest first. <c>limit</c> is 1 to 200 (default 50); <c>before</c> is the
    /// <c>next_before</c> of the previous page, the sequence number of its last entry.
    /// </summary>
    [Function(nameof(GetTransactions))]
    public Task<IActionResult> GetTransactions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "account/transactions")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.RunAuthenticatedAsync(request, async user =>
        {
            var query = LedgerQuery.Create(RequestValues.Query(request, "limit"), RequestValues.Query(request, "before"));
            var page = await accounts.GetTransactionsAsync(user.UserId, query, cancellationToken);
            var nextBefore = page.NextBefore?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return JsonResponse.Ok(new TransactionsResponse(page.Entries.Select(TransactionResponse.From).ToList(), nextBefore));
        });
}
