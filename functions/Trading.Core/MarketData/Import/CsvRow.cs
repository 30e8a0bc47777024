using System.Globalization;

namespace Trading.MarketData.Import;

/// <summary>Typed access to the cells of one data row; every failure is recorded as a rejection naming the column.</summary>
internal readonly ref struct CsvRow(CsvLayout layout, List<string> fields, int line, DateOnly latestDate, List<ImportRejection> rejections)
{
    public int Line => line;

    public void Reject(int column, string? symbol, string reason) =>
        rejections.Add(new ImportRejection(line, column >= 0 ? layout.Header[column] : null, symbol, reason));

    public string Cell(int column) => fields[column];

    /// <summary>Reads a required price that must be greater than zero.</summary>
    public bool TryPrice(int column, string? symbol, out decimal value) =>
        TryNumber(column, symbol, required: true, PriceRules.PositiveReason, out value);

    /// <summary>Reads an optional number that must be zero or more; an absent column or empty cell gives null.</summary>
    public bool TryOptionalNonNegative(int column, string? symbol, out decimal? value) =>
        TryOptional(column, symbol, PriceRules.NonNegativeReason, out value);

    /// <summary>Reads an optional number that must be greater than zero; an absent column or empty cell gives null.</summary>
    public bool TryOptionalPositive(int column, string? symbol, out decimal? value) =>
        TryOptional(column, symbol, PriceRules.PositiveReason, out value);

    /// <summary>Reads the row's date, which must be a valid date inside the range of <see cref="CsvDates"/>.</summary>
    public bool TryDate(string? symbol, out DateTimeOffset day)
    {
        if (!CsvDates.TryParse(fields[layout.Date], out day))
        {
            Reject(layout.Date, symbol, $"'{fields[layout.Date]}' is not a date; expected YYYY-MM-DD or M/D/YYYY");
            return false;
        }

        string? reason = CsvDates.OutOfRangeReason(DateOnly.FromDateTime(day.UtcDateTime), latestDate);
        if (reason is not null)
        {
            Reject(layout.Date, symbol, reason);
            return false;
        }

        return true;
    }

    private bool TryOptional(int column, string? symbol, Func<decimal, string?> rule, out decimal? value)
    {
        value = null;
        if (column < 0 || fields[column].Length == 0)
        {
            return true;
        }

        if (!TryNumber(column, symbol, required: true, rule, out decimal parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private bool TryNumber(int column, string? symbol, bool required, Func<decimal, string?> rule, out decimal value)
    {
        string text = fields[column];
        value = 0m;
        if (text.Length == 0)
        {
            if (required)
            {
                Reject(column, symbol, "missing value");
            }

            return !required;
        }

        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (!decimal.TryParse(text, style, CultureInfo.InvariantCulture, out value))
        {
            Reject(column, symbol, $"'{text}' is not a finite decimal number");
            return false;
        }

        if (rule(value) is { } reason)
        {
            Reject(column, symbol, reason);
            return false;
        }

        return true;
    }
}
