namespace Trading.Backtesting.Signals;

/// <summary>
/// A trading rule evaluated on each bar's close. Implementations are structs so that the engine's generic loop
/// is specialised per rule and the calls inline; pass them by <c>ref</c> because they carry state.
/// </summary>
public interface ISignalRule
{
    /// <summary>Bars the rule needs before it can ask for a position.</summary>
    int WarmUpPeriod { get; }

    /// <summary>
    /// Feeds the close of the next bar and returns the position wanted from the next bar's open on:
    /// <c>true</c> for long, <c>false</c> for flat. Reads nothing but the closes passed so far.
    /// </summary>
    bool Update(double close);
}
