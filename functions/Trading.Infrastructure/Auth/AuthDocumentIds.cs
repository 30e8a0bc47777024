namespace Trading.Infrastructure.Auth;

/// <summary>
/// Ids of the documents in the <c>auth</c> container. The prefixes keep the kinds apart, since they all
/// share one container partitioned by id.
/// </summary>
internal static class AuthDocumentIds
{
    public static string RefreshToken(string tokenHash) => $"refresh-{tokenHash}";

    public static string Family(string familyId) => $"family-{familyId}";

    public static string RevokedAccessToken(string tokenId) => $"revoked-{tokenId}";

    public static string LoginFailures(string normalizedUsername) => $"login-failures-{normalizedUsername}";

    /// <summary>Seconds for the Cosmos <c>ttl</c> property, at least 1.</summary>
    /// <remarks>
    /// NOTE: Cosmos DB honours an item's <c>ttl</c> only when the container has a default time to live
    /// (-1 turns it on without a default). Expired documents are ignored by the code either way.
    /// </remarks>
    public static int TimeToLiveSeconds(TimeSpan timeToLive) => Math.Max(1, (int)Math.Ceiling(timeToLive.TotalSeconds));
}
