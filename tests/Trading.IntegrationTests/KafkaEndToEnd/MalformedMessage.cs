namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>A message that ingestion must dead-letter, with the <c>field</c> and <c>reason</c> its dead letter must carry.</summary>
internal sealed record MalformedMessage(string Raw, string? Field, string Reason, bool ReasonIsPrefix = false)
{
    public bool Matches(string? storedReason) =>
        storedReason is not null && (ReasonIsPrefix ? storedReason.StartsWith(Reason, StringComparison.Ordinal) : storedReason == Reason);
}
