namespace Trading.MarketData.Import;

/// <summary>
/// Settings of one import. <c>Symbol</c> names the series of a single-symbol file (OHLC or close-only);
/// without it the symbol is the file name up to its first <c>-</c> or <c>.</c>, so <c>wti-daily.csv</c>
/// imports as <c>WTI</c>. Files with a ticker column or one column per symbol ignore it.
/// </summary>
public sealed record ImportOptions(string? Symbol = null)
{
    /// <summary>Bars sent to the store per call.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Rejections listed in the report; later ones are only counted.</summary>
    public int MaxListedRejections { get; init; } = 1_000;
}
