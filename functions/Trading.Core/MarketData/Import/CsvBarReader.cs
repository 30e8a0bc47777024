namespace Trading.MarketData.Import;

/// <summary>
/// Turns data rows of a detected <see cref="CsvLayout"/> into daily bars. A row with any invalid value
/// yields no bar for that symbol, and each invalid value is reported with its line and column; prices
/// follow <see cref="PriceRules"/> (greater than zero, consistent high and low).
/// </summary>
internal sealed class CsvBarReader(CsvLayout layout, DateOnly latestDate)
{
    private readonly Dictionary<(string Symbol, DateTimeOffset Day), int> firstLineOf = [];

    public void Read(List<string> fields, int line, List<Bar> bars, List<ImportRejection> rejections)
    {
        var row = new CsvRow(layout, fields, line, latestDate, rejections);
        if (fields.Count != layout.Header.Count)
        {
            row.Reject(-1, null, $"expected {layout.Header.Count} fields as in the header, got {fields.Count}");
            return;
        }

        if (layout.Shape == CsvShape.WideAdjustedCloses)
        {
            ReadWide(row, bars);
            return;
        }

        string? symbol = layout.Symbol;
        if (layout.Ticker >= 0)
        {
            if (!Symbols.TryNormalize(row.Cell(layout.Ticker), out string normalized, out string? reason))
            {
                row.Reject(layout.Ticker, null, $"invalid symbol '{row.Cell(layout.Ticker)}': {reason}");
                return;
            }

            symbol = normalized;
        }

        if (!row.TryDate(symbol, out DateTimeOffset day))
        {
            return;
        }

        Bar? bar = layout.Shape == CsvShape.CloseOnly ? ReadCloseOnly(row, symbol!, day) : ReadOhlc(row, symbol!, day);
        if (bar is not null && IsFirst(row, bar, layout.Date))
        {
            bars.Add(bar);
        }
    }

    private void ReadWide(CsvRow row, List<Bar> bars)
    {
        if (!row.TryDate(null, out DateTimeOffset day))
        {
            return;
        }

        foreach ((int column, string symbol) in layout.SymbolColumns)
        {
            // An empty cell means the symbol has no price that day (not yet listed, or delisted).
            if (row.Cell(column).Length == 0 || !row.TryPrice(column, symbol, out decimal close))
            {
                continue;
            }

            var bar = new Bar(symbol, BarInterval.OneDay, day, close, close, close, close, null, BarOrigin.Import)
            {
                Adjusted = new AdjustedPrices(close, close, close, close, null),
                CloseOnly = true,
            };
            if (IsFirst(row, bar, column))
            {
                bars.Add(bar);
            }
        }
    }

    private Bar? ReadCloseOnly(CsvRow row, string symbol, DateTimeOffset day)
    {
        if (!row.TryPrice(layout.Close, symbol, out decimal close))
        {
            return null;
        }

        return new Bar(symbol, BarInterval.OneDay, day, close, close, close, close, null, BarOrigin.Import) { CloseOnly = true };
    }

    private Bar? ReadOhlc(CsvRow row, string symbol, DateTimeOffset day)
    {
        bool valid = row.TryPrice(layout.Open, symbol, out decimal open)
            & row.TryPrice(layout.High, symbol, out decimal high)
            & row.TryPrice(layout.Low, symbol, out decimal low)
            & row.TryPrice(layout.Close, symbol, out decimal close)
            & row.TryOptionalNonNegative(layout.Volume, symbol, out decimal? volume)
            & row.TryOptionalNonNegative(layout.ExDividend, symbol, out decimal? exDividend)
            & row.TryOptionalPositive(layout.SplitRatio, symbol, out decimal? splitRatio);
        if (!valid || !IsConsistent(row, symbol, open, high, low, close, layout.High, layout.Low))
        {
            return null;
        }

        AdjustedPrices? adjusted = null;
        if (layout.HasAdjusted)
        {
            bool adjustedValid = row.TryPrice(layout.AdjOpen, symbol, out decimal adjOpen)
                & row.TryPrice(layout.AdjHigh, symbol, out decimal adjHigh)
                & row.TryPrice(layout.AdjLow, symbol, out decimal adjLow)
                & row.TryPrice(layout.AdjClose, symbol, out decimal adjClose)
                & row.TryOptionalNonNegative(layout.AdjVolume, symbol, out decimal? adjVolume);
            if (!adjustedValid || !IsConsistent(row, symbol, adjOpen, adjHigh, adjLow, adjClose, layout.AdjHigh, layout.AdjLow))
            {
                return null;
            }

            adjusted = new AdjustedPrices(adjOpen, adjHigh, adjLow, adjClose, adjVolume);
        }

        return new Bar(symbol, BarInterval.OneDay, day, open, high, low, close, volume, BarOrigin.Import)
        {
            Adjusted = adjusted,
            ExDividend = exDividend,
            SplitRatio = splitRatio,
        };
    }

    private static bool IsConsistent(CsvRow row, string symbol, decimal open, decimal high, decimal low, decimal close, int highColumn, int lowColumn)
    {
        if (PriceRules.CheckRange(open, high, low, close) is not { } error)
        {
            return true;
        }

        row.Reject(error.Field == "high" ? highColumn : lowColumn, symbol, error.Reason);
        return false;
    }

    private bool IsFirst(CsvRow row, Bar bar, int column)
    {
        if (firstLineOf.TryAdd((bar.Symbol, bar.Start), row.Line))
        {
            return true;
        }

        row.Reject(column, bar.Symbol, $"duplicate row for {bar.Symbol} on {bar.Start:yyyy-MM-dd}; line {firstLineOf[(bar.Symbol, bar.Start)]} is kept");
        return false;
    }
}
