namespace Trading.Strategies;

/// <summary>
/// Ids of strategies and backtests: 32 lower-case hex digits of a version 7 GUID, so ids created later sort later.
/// </summary>
public static class StrategyIds
{
    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>Tells whether <paramref name="id"/> has the id format. Any other value cannot exist, so callers report it as not found.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 32 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
