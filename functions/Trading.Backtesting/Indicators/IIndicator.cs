namespace Trading.Backtesting.Indicators;

/// <summary>
/// A streaming indicator over one price series: each <see cref="Update"/> costs O(1) time and memory.
/// </summary>
public interface IIndicator
{
    /// <summary>Number of values the indicator needs before <see cref="IsReady"/> becomes true.</summary>
    int WarmUpPeriod { get; }

    /// <summary>Whether <see cref="Value"/> is defined, that is, at least <see cref="WarmUpPeriod"/> values were seen.</summary>
    bool IsReady { get; }

    /// <summary>Current value; 0 until <see cref="IsReady"/>.</summary>
    double Value { get; }

    /// <summary>Adds the next value of the series, in time order.</summary>
    void Update(double value);

    /// <summary>Forgets every value, returning to the state after construction.</summary>
    void Reset();
}
