using System.Globalization;
using Trading.Common;

namespace Trading.Accounts;

/// <summary>
/// A validated request for one page of the ledger, newest first. The cursor <see cref="Before"/> is the
/// sequence number of the last entry of the previous page (its <c>next_before</c>); the page then contains
/// the entries older than it.
/// </summary>
public sealed record LedgerQuery(int Limit, long? Before)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    /// <summary>Validates the raw query-string values; null means the parameter was absent.</summary>
    public static LedgerQuery Create(string? limit, string? before)
    {
        var errors = new ValidationErrors();

        var pageSize = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxLimit))
        {
            errors.Add("limit", $"The limit must be a whole number from 1 to {MaxLimit}, but it was '{Shorten(limit)}'.");
        }

        long? cursor = null;
        if (before is not null)
        {
            if (long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence >= 1)
            {
                cursor = sequence;
            }
            else
            {
                errors.Add("before", $"The cursor '{Shorten(before)}' is invalid; pass the next_before value of the previous page.");
            }
        }

        errors.ThrowIfAny();
        return new LedgerQuery(pageSize, cursor);
    }

    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "...";
}
