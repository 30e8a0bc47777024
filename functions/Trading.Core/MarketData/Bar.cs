namespace Trading.MarketData;

/// <summary>
/// One OHLC bar. <see cref="Start"/> is UTC and aligned to <see cref="Interval"/>; prices are in the
/// instrument's quote currency as the source gives them (unadjusted). The invariants
/// <c>Low &lt;= min(Open, Close)</c>, <c>High &gt;= max(Open, Close)</c>, all prices &gt; 0 and
/// volume &gt;= 0 are checked by the parser and importer that create bars, not by this record.
/// <c>Volume</c> is the traded quantity, or null when the source has no volume (an index such as VIX).
/// </summary>
public sealed record Bar(
    string Symbol,
    BarInterval Interval,
    DateTimeOffset Start,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal? Volume,
    BarOrigin Origin)
{
    /// <summary>Adjusted prices when the source has them; backtests prefer them when present.</summary>
    public AdjustedPrices? Adjusted { get; init; }

    /// <summary>Cash dividend per share that went ex on this bar's date, when the source has it.</summary>
    public decimal? ExDividend { get; init; }

    /// <summary>Split ratio effective on this bar's date (7 for a 7:1 split, 1 otherwise), when the source has it.</summary>
    public decimal? SplitRatio { get; init; }

    /// <summary>
    /// True when the source gives only a close, so <see cref="Open"/>, <see cref="High"/> and
    /// <see cref="Low"/> are copies of <see cref="Close"/> and carry no information of their own.
    /// </summary>
    public bool CloseOnly { get; init; }

    /// <summary>Document id, unique per symbol, interval and start: <c>AAPL|1d|2014-06-09T00:00:00Z</c>.</summary>
    public string Id => MakeId(Symbol, Interval, Start);

    public static string MakeId(string symbol, BarInterval interval, DateTimeOffset start) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{symbol}|{interval.ToWireName()}|{start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
}
