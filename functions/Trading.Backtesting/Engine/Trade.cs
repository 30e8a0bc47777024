using System.Text.Json.Serialization;

namespace Trading.Backtesting.Engine;

/// <summary>
/// One closed long round trip. Prices are fill prices after slippage, in the currency of the bars; days are
/// <see cref="DateOnly.DayNumber"/> values (see <see cref="DayNumbers"/>).
/// </summary>
/// <param name="Quantity">Shares bought, fractional.</param>
/// <param name="Fees">Commission paid on entry plus exit.</param>
/// <param name="ProfitLoss">Cash after the exit minus cash before the entry: after slippage and both fees.</param>
/// <param name="Return">ProfitLoss as a fraction of the cash committed at entry.</param>
public sealed record Trade(
    string Symbol,
    int EntryDay,
    double EntryPrice,
    int ExitDay,
    double ExitPrice,
    double Quantity,
    double Fees,
    double ProfitLoss,
    double Return,
    ExitReason ExitReason)
{
    [JsonIgnore]
    public DateOnly EntryDate => DayNumbers.ToDate(EntryDay);

    [JsonIgnore]
    public DateOnly ExitDate => DayNumbers.ToDate(ExitDay);
}
