namespace Trading.MarketData.Import;

/// <summary>Layouts of historical price files that the importer recognises from the header row.</summary>
public enum CsvShape
{
    /// <summary>One row per symbol and date with a <c>ticker</c> column: OHLC, optional volume, dividends, splits and adjusted prices.</summary>
    LongWithTicker,

    /// <summary>A date column and one column of adjusted closes per symbol.</summary>
    WideAdjustedCloses,

    /// <summary>One symbol: date, open, high, low, close and optional volume.</summary>
    Ohlc,

    /// <summary>One symbol: date and one price column (<c>Price</c> or <c>Close</c>).</summary>
    CloseOnly,
}
