namespace Trading.Portfolio;

/// <summary>Last known prices (from trades or bars), used to value positions.</summary>
public interface IQuoteReader
{
    /// <summary>
    /// Returns the last known price of each given normalized symbol that has one. Symbols without a
    /// price are left out of the result, so callers can fall back to another price.
    /// </summary>
    Task<IReadOnlyDictionary<string, decimal>> GetLastPricesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken);
}
