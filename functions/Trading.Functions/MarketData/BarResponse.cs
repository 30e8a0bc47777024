using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>
/// One bar on the wire: UTC start, unadjusted prices as the source gave them, and the source's
/// adjusted prices, dividend and split ratio when it has them. Absent values are left out, and
/// <c>close_only</c> is present (true) only when open, high and low are copies of the close.
/// </summary>
public sealed record BarResponse(
    DateTime Start,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal? Volume,
    decimal? AdjOpen,
    decimal? AdjHigh,
    decimal? AdjLow,
    decimal? AdjClose,
    decimal? AdjVolume,
    decimal? ExDividend,
    decimal? SplitRatio,
    bool? CloseOnly)
{
    public static BarResponse From(Bar bar) => new(
        bar.Start.UtcDateTime,
        bar.Open,
        bar.High,
        bar.Low,
        bar.Close,
        bar.Volume,
        bar.Adjusted?.Open,
        bar.Adjusted?.High,
        bar.Adjusted?.Low,
        bar.Adjusted?.Close,
        bar.Adjusted?.Volume,
        bar.ExDividend,
        bar.SplitRatio,
        bar.CloseOnly ? true : null);
}
