namespace Trading.Backtesting.Signals;

/// <summary>Helpers for rules that have no faster block update than one close at a time.</summary>
public static class SignalBlocks
{
    public static void UpdateEach<TRule>(ref TRule rule, ReadOnlySpan<double> closes, Span<bool> wantLong)
        where TRule : struct, ISignalRule
    {
        if (wantLong.Length < closes.Length)
        {
            throw new ArgumentException("The output span is shorter than the input.", nameof(wantLong));
        }

        for (int i = 0; i < closes.Length; i++)
        {
            wantLong[i] = rule.Update(closes[i]);
        }
    }
}
