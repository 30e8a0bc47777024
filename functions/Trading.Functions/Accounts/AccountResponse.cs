namespace Trading.Functions.Accounts;

/// <summary>Body of <c>GET /v1/account</c>. The id is the owner's user id, because each user has exactly one account.</summary>
public sealed record AccountResponse(string Id, decimal Balance, DateTime CreatedAt, DateTime UpdatedAt);
