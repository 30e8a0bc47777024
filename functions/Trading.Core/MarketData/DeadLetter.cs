namespace Trading.MarketData;

/// <summary>
/// A rejected message with the reason. <see cref="Id"/> is derived from the raw message, so the same bad
/// message delivered twice maps to one dead letter. <c>RawMessage</c> is the message as received, cut to
/// <see cref="MaxRawLength"/> characters; <c>Field</c> is the JSON field the reason is about, or null when
/// the message as a whole is invalid (broken JSON, empty message).
/// </summary>
public sealed record DeadLetter(string Id, string RawMessage, bool RawTruncated, string? Field, string Reason, DateTimeOffset ReceivedAt)
{
    /// <summary>Maximum stored length of the raw message, which keeps a dead-letter document far below the 2 MB Cosmos DB item limit.</summary>
    public const int MaxRawLength = 16_384;

    public static DeadLetter Create(string rawMessage, string? field, string reason, DateTimeOffset receivedAt)
    {
        bool truncated = rawMessage.Length > MaxRawLength;
        string stored = truncated ? rawMessage[..MaxRawLength] : rawMessage;
        return new DeadLetter(TradeIds.HashHex("dead-letter", rawMessage), stored, truncated, field, reason, receivedAt);
    }
}
