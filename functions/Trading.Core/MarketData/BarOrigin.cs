namespace Trading.MarketData;

/// <summary>Where a stored bar came from; decides whether trades may still be folded into it.</summary>
public enum BarOrigin
{
    /// <summary>A bar message from the feed, stored as given.</summary>
    BarMessage,

    /// <summary>A one-minute bar built by folding trade messages.</summary>
    Trades,

    /// <summary>A row of a historical CSV file.</summary>
    Import,
}
