namespace Trading.Infrastructure.Accounts;

/// <summary>The last quote of a symbol as <see cref="CosmosQuoteReader"/> reads it from the <c>market</c> container.</summary>
public sealed class QuoteDocument
{
    public const string DocumentId = "quote";

    public string Id { get; set; } = DocumentId;

    public string Symbol { get; set; } = string.Empty;

    /// <summary>Last trade price as a decimal string.</summary>
    public string Price { get; set; } = "0";

    public DateTimeOffset Timestamp { get; set; }
}
