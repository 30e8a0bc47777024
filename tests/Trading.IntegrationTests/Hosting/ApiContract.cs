namespace Trading.IntegrationTests.Hosting;

/// <summary>
/// The HTTP API of the product specification and its additions: method and route under the <c>v1</c>
/// prefix, and whether the endpoint is anonymous. Function metadata and the loopback routes are checked
/// against this table.
/// </summary>
public static class ApiContract
{
    public sealed record Endpoint(string Method, string Route, bool Anonymous = false);

    public static IReadOnlyList<Endpoint> Endpoints { get; } =
    [
        new("POST", "auth/register", Anonymous: true),
        new("POST", "auth/login", Anonymous: true),
        new("POST", "auth/refresh", Anonymous: true),
        new("POST", "auth/logout"),
        new("GET", "account"),
        new("PUT", "account/deposit"),
        new("PUT", "account/withdraw"),
        new("GET", "account/transactions"),
        new("GET", "portfolio"),
        new("POST", "portfolio/position"),
        new("POST", "strategy/create"),
        new("GET", "strategy/list"),
        new("GET", "strategy/{strategy_id}"),
        new("POST", "strategy/{strategy_id}/backtest"),
        new("GET", "strategy/{strategy_id}/backtests/{backtest_id}"),
        new("POST", "strategy/{strategy_id}/activate"),
        new("POST", "strategy/{strategy_id}/deactivate"),
        new("GET", "market/{symbol}/quote"),
        new("GET", "market/{symbol}/bars"),
        new("POST", "market/import"),
        new("GET", "ws/{channel}/negotiate"),
        new("GET", "health", Anonymous: true),
    ];

    /// <summary>Routes with parameter names removed, so <c>strategy/{id}</c> and <c>strategy/{strategy_id}</c> compare equal.</summary>
    public static string Normalize(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route.Trim('/'), @"\{[^}]+\}", "{}").ToLowerInvariant();
}
