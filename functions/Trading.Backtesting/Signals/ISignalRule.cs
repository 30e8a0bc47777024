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

    /// <summary>
    /// Feeds a block of closes in time order; <c>wantLong[i]</c> receives what <see cref="Update(double)"/> would
    /// return for <c>closes[i]</c>. The engine calls this once per block of bars so a rule can keep its state
    /// in registers; <see cref="SignalBlocks.UpdateEach{TRule}"/> is the plain per-close implementation.
    /// </summary>
    void Update(ReadOnlySpan<double> closes, Span<bool> wantLong);
}
