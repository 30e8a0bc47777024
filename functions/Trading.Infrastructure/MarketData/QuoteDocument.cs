using Trading.MarketData;

namespace Trading.Infrastructure.MarketData;

/// <summary>
/// The latest quote of a symbol in the <c>market</c> container: partition <c>/symbol</c>, id = the
/// symbol itself (bar ids always contain <c>|</c>, so they never collide with it). Price and size are
/// decimal strings, and the timestamp is a fixed-width UTC string (see <see cref="StoredText"/>).
/// </summary>
public sealed class QuoteDocument
{
    public string Id { get; set; } = string.Empty;

    public string Symbol { get; set; } = string.Empty;

    public string Kind { get; set; } = MarketDocumentKinds.Quote;

    public string Price { get; set; } = "0";

    public string Size { get; set; } = "0";

    public string Timestamp { get; set; } = string.Empty;

    /// <summary>Deterministic trade id, which orders quotes with the same timestamp (see <see cref="Quote.IsNewerThan"/>).</summary>
    public string TradeId { get; set; } = string.Empty;

    public static QuoteDocument From(Quote quote) => new()
    {
        Id = quote.Symbol,
        Symbol = quote.Symbol,
        Price = StoredText.FromDecimal(quote.Price),
        Size = StoredText.FromDecimal(quote.Size),
        Timestamp = StoredText.FromInstant(quote.Timestamp),
        TradeId = quote.TradeId,
    };

    public Quote ToQuote() =>
        new(Symbol, StoredText.ToDecimal(Price), StoredText.ToDecimal(Size), StoredText.ToInstant(Timestamp), TradeId);
}
