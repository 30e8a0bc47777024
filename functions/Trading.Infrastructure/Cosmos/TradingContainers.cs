namespace Trading.Infrastructure.Cosmos;

/// <summary>
/// Every container the app uses, with its partition key. Documents that must change together share a
/// partition: an account document contains the balance and positions of one user, so one conditional
/// replace changes both.
/// </summary>
public static class TradingContainers
{
    /// <summary>Users and case-insensitive username reservations, by id.</summary>
    public static readonly ContainerDefinition Users = new("users", "/id");

    /// <summary>
    /// Refresh tokens (by hash), token families, revoked access tokens and login throttles, by id. These
    /// items carry their own <c>ttl</c>, which Cosmos DB honours only when the container enables expiry.
    /// </summary>
    public static readonly ContainerDefinition Auth = new("auth", "/id", DefaultTimeToLive: -1);

    /// <summary>Account documents, ledger entries and idempotency records, by owning user.</summary>
    public static readonly ContainerDefinition Accounts = new("accounts", "/user_id");

    /// <summary>Strategies and backtest summaries, by owning user.</summary>
    public static readonly ContainerDefinition Strategies = new("strategies", "/user_id");

    /// <summary>Quotes and bars, by symbol.</summary>
    public static readonly ContainerDefinition Market = new("market", "/symbol");

    /// <summary>Rejected market-data messages with their reason, by id.</summary>
    public static readonly ContainerDefinition DeadLetters = new("dead_letters", "/id");

    public static IReadOnlyList<ContainerDefinition> All { get; } = [Users, Auth, Accounts, Strategies, Market, DeadLetters];
}
