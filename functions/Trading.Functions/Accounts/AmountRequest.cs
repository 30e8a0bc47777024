namespace Trading.Functions.Accounts;

/// <summary>Body of <c>PUT /v1/account/deposit</c> and <c>PUT /v1/account/withdraw</c>; a null amount is reported as missing.</summary>
public sealed class AmountRequest
{
    public decimal? Amount { get; init; }
}
