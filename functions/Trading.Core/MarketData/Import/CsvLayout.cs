namespace Trading.MarketData.Import;

/// <summary>
/// Column positions of a price file, detected from its header. Header names are matched without regard
/// to case, and <c>-</c> or a space counts as <c>_</c> (<c>ex-dividend</c> is <c>ex_dividend</c>).
/// Position -1 means the column is absent.
/// </summary>
internal sealed class CsvLayout
{
    private CsvLayout(CsvShape shape, IReadOnlyList<string> header)
    {
        Shape = shape;
        Header = header;
    }

    public CsvShape Shape { get; }

    public IReadOnlyList<string> Header { get; }

    public int Date { get; private init; } = -1;
    public int Ticker { get; private init; } = -1;
    public int Open { get; private init; } = -1;
    public int High { get; private init; } = -1;
    public int Low { get; private init; } = -1;
    public int Close { get; private init; } = -1;
    public int Volume { get; private init; } = -1;
    public int ExDividend { get; private init; } = -1;
    public int SplitRatio { get; private init; } = -1;
    public int AdjOpen { get; private init; } = -1;
    public int AdjHigh { get; private init; } = -1;
    public int AdjLow { get; private init; } = -1;
    public int AdjClose { get; private init; } = -1;
    public int AdjVolume { get; private init; } = -1;

    /// <summary>Symbol of a single-series file (OHLC or close-only); null for the other shapes.</summary>
    public string? Symbol { get; private init; }

    /// <summary>Columns of a one-column-per-symbol file, with each column's normalized symbol.</summary>
    public IReadOnlyList<(int Index, string Symbol)> SymbolColumns { get; private init; } = [];

    public bool HasAdjusted => AdjOpen >= 0;

    /// <summary>
    /// Detects the shape. Returns null with a reason when the header fits no shape; column-level problems
    /// (an invalid symbol in a per-symbol column) go to <paramref name="rejections"/> and skip that column.
    /// </summary>
    public static CsvLayout? Detect(IReadOnlyList<string> header, string? singleSymbol, List<ImportRejection> rejections, out string? reason)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Count; i++)
        {
            string key = header[i].Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
            if (!positions.TryAdd(key, i))
            {
                reason = $"column '{header[i]}' appears twice in the header";
                return null;
            }
        }

        int At(string name) => positions.GetValueOrDefault(name, -1);
        int date = At("date");
        if (date < 0)
        {
            reason = "the header has no date column (expected 'date' or 'Date')";
            return null;
        }

        int ticker = At("ticker") >= 0 ? At("ticker") : At("symbol");
        bool hasOhlc = At("open") >= 0 && At("high") >= 0 && At("low") >= 0 && At("close") >= 0;
        if (ticker >= 0 || hasOhlc)
        {
            return DetectOhlc(header, At, date, ticker, hasOhlc, singleSymbol, out reason);
        }

        int price = At("price") >= 0 ? At("price") : At("close");
        if (header.Count == 2 && price >= 0)
        {
            reason = null;
            return new CsvLayout(CsvShape.CloseOnly, header) { Date = date, Close = price, Symbol = singleSymbol };
        }

        var columns = new List<(int, string)>();
        for (int i = 0; i < header.Count; i++)
        {
            if (i == date)
            {
                continue;
            }

            if (Symbols.TryNormalize(header[i].Trim(), out string symbol, out string? symbolReason))
            {
                columns.Add((i, symbol));
            }
            else
            {
                rejections.Add(new ImportRejection(1, header[i], null, $"column skipped: '{header[i]}' is not a valid symbol ({symbolReason})"));
            }
        }

        reason = columns.Count == 0 ? "the header has a date column but no price or symbol columns" : null;
        return columns.Count == 0 ? null : new CsvLayout(CsvShape.WideAdjustedCloses, header) { Date = date, SymbolColumns = columns };
    }

    private static CsvLayout? DetectOhlc(IReadOnlyList<string> header, Func<string, int> at, int date, int ticker, bool hasOhlc, string? singleSymbol, out string? reason)
    {
        if (!hasOhlc)
        {
            reason = "a file with a ticker column needs open, high, low and close columns";
            return null;
        }

        int adjusted = new[] { "adj_open", "adj_high", "adj_low", "adj_close" }.Count(name => at(name) >= 0);
        if (adjusted is > 0 and < 4)
        {
            reason = "adjusted prices need all of adj_open, adj_high, adj_low and adj_close";
            return null;
        }

        reason = null;
        return new CsvLayout(ticker >= 0 ? CsvShape.LongWithTicker : CsvShape.Ohlc, header)
        {
            Date = date,
            Ticker = ticker,
            Symbol = ticker >= 0 ? null : singleSymbol,
            Open = at("open"),
            High = at("high"),
            Low = at("low"),
            Close = at("close"),
            Volume = at("volume"),
            ExDividend = at("ex_dividend"),
            SplitRatio = at("split_ratio"),
            AdjOpen = at("adj_open"),
            AdjHigh = at("adj_high"),
            AdjLow = at("adj_low"),
            AdjClose = at("adj_close"),
            AdjVolume = at("adj_volume"),
        };
    }
}
