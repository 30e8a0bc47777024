namespace Trading.ApiLoad;

/// <summary>Response of the baseline server, the same fields as the API's account response.</summary>
public sealed record BaselineAccount(string Id, decimal Balance, DateTime CreatedAt, DateTime UpdatedAt);
