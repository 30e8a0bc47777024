namespace Trading.Backtesting.Engine;

/// <summary>Why a trade was closed.</summary>
public enum ExitReason
{
    /// <summary>The rule turned flat on a close and the engine sold at the next open.</summary>
    Signal,

    /// <summary>The data ended with the position open; it was sold at the last close, paying slippage and commission.</summary>
    EndOfData,

    /// <summary>The equity of the sleeve reached zero or below; the position was written off and the sleeve stopped trading.</summary>
    Ruin,
}
