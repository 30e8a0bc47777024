using Trading.MarketData;

namespace Trading.Infrastructure.MarketData;

/// <summary>A rejected market-data message in the <c>dead_letters</c> container (partition <c>/id</c>).</summary>
public sealed class DeadLetterDocument
{
    public string Id { get; set; } = string.Empty;

    public string RawMessage { get; set; } = string.Empty;

    public bool RawTruncated { get; set; }

    /// <summary>JSON field the reason is about, or absent when the message as a whole is invalid.</summary>
    public string? Field { get; set; }

    public string Reason { get; set; } = string.Empty;

    /// <summary>First reception as a fixed-width UTC string. A redelivery never overwrites it.</summary>
    public string ReceivedAt { get; set; } = string.Empty;

    public static DeadLetterDocument From(DeadLetter deadLetter) => new()
    {
        Id = deadLetter.Id,
        RawMessage = deadLetter.RawMessage,
        RawTruncated = deadLetter.RawTruncated,
        Field = deadLetter.Field,
        Reason = deadLetter.Reason,
        ReceivedAt = StoredText.FromInstant(deadLetter.ReceivedAt),
    };

    public DeadLetter ToDeadLetter() =>
        new(Id, RawMessage, RawTruncated, Field, Reason, StoredText.ToInstant(ReceivedAt));
}
