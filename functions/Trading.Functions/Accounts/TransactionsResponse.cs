using System.Text.Json.Serialization;

namespace Trading.Functions.Accounts;

/// <summary>
/// Body of <c>GET /v1/account/transactions</c>: entries newest first, and the <c>before</c> value of the
/// next page, or null on the last page.
/// </summary>
public sealed record TransactionsResponse(
    IReadOnlyList<TransactionResponse> Transactions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? NextBefore);
