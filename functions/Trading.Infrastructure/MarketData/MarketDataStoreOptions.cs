namespace Trading.Infrastructure.MarketData;

/// <summary>Settings under <c>MarketData</c> (environment variables <c>MarketData__MaxConcurrentWrites</c> and so on).</summary>
public sealed class MarketDataStoreOptions
{
    public const string Section = "MarketData";

    /// <summary>
    /// Documents written at once within one batch call. Each write is a separate Cosmos DB request, so
    /// this bounds the requests in flight per batch, not the request units they use.
    /// </summary>
    public int MaxConcurrentWrites { get; set; } = 16;

    /// <summary>Attempts of one conditional write that loses to a concurrent writer (409 or 412) before the call fails.</summary>
    public int MaxConflictAttempts { get; set; } = 10;
}
