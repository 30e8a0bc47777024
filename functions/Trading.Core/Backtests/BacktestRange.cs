using System.Globalization;
using Trading.Common;

namespace Trading.Backtests;

/// <summary>
/// A validated backtest request: an inclusive range of calendar dates (bars are daily, keyed by their UTC
/// date) and the starting cash in the account currency.
/// </summary>
public sealed record BacktestRange(DateOnly StartDate, DateOnly EndDate, decimal InitialCapital)
{
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    public const decimal MaxInitialCapital = 1_000_000_000_000m;

    /// <summary>Start of the first day, UTC: the inclusive lower bound of a bar query.</summary>
    public DateTimeOffset From => new(StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Start of the day after the end date, UTC: the exclusive upper bound of a bar query.</summary>
    public DateTimeOffset To => new(EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Checks every field and throws one validation error naming each rejected field.</summary>
    public static BacktestRange Validate(BacktestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        DateOnly? start = ParseDate("start_date", request.StartDate, errors);
        DateOnly? end = ParseDate("end_date", request.EndDate, errors);
        if (start is { } first && end is { } last && first >= last)
        {
            errors.Add("end_date", $"end_date must be after start_date; got start_date {first:yyyy-MM-dd} and end_date {last:yyyy-MM-dd}.");
        }

        ValidateCapital(request.InitialCapital, errors);
        errors.ThrowIfAny();
        return new BacktestRange(start!.Value, end!.Value, request.InitialCapital!.Value);
    }

    private static DateOnly? ParseDate(string field, string? value, ValidationErrors errors)
    {
        if (value is null)
        {
            errors.Add(field, $"{field} is missing; send a date as YYYY-MM-DD.");
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            errors.Add(field, $"{field} '{Shorten(value)}' is not a date; send YYYY-MM-DD without a time, such as 2014-01-02.");
            return null;
        }

        if (date < MinDate || date > MaxDate)
        {
            errors.Add(field, $"{field} must be from {MinDate:yyyy-MM-dd} to {MaxDate:yyyy-MM-dd}; got {date:yyyy-MM-dd}.");
            return null;
        }

        return date;
    }

    private static void ValidateCapital(decimal? value, ValidationErrors errors)
    {
        const string field = "initial_capital";
        if (value is not { } capital)
        {
            errors.Add(field, "initial_capital is missing; send a positive amount such as 10000.00.");
        }
        else if (capital <= 0m)
        {
            errors.Add(field, $"initial_capital must be positive; got {capital}.");
        }
        else if (decimal.Round(capital, 2) != capital)
        {
            errors.Add(field, $"initial_capital must have at most 2 decimal places; got {capital}.");
        }
        else if (capital > MaxInitialCapital)
        {
            errors.Add(field, $"initial_capital must be at most {MaxInitialCapital:0}; got {capital}.");
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
