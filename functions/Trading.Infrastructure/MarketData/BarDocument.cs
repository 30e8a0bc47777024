using Trading.MarketData;

namespace Trading.Infrastructure.MarketData;

/// <summary>
/// One bar in the <c>market</c> container: partition <c>/symbol</c>, id = <see cref="Bar.Id"/>
/// (<c>AAPL|1d|2014-06-09T00:00:00Z</c>). Prices and volumes are decimal strings, and <c>start</c> is a
/// fixed-width UTC string so the range query of the bars endpoint compares it as a string. A bar folded
/// from trades also carries its <see cref="Fold"/> state, and bars of any other origin have none.
/// </summary>
public sealed class BarDocument
{
    public string Id { get; set; } = string.Empty;

    public string Symbol { get; set; } = string.Empty;

    public string Kind { get; set; } = MarketDocumentKinds.Bar;

    /// <summary>Wire name of the interval: <c>1m</c> or <c>1d</c>.</summary>
    public string Interval { get; set; } = string.Empty;

    public string Start { get; set; } = string.Empty;

    public string Open { get; set; } = "0";

    public string High { get; set; } = "0";

    public string Low { get; set; } = "0";

    public string Close { get; set; } = "0";

    public string? Volume { get; set; }

    public BarOrigin Origin { get; set; }

    public string? AdjOpen { get; set; }

    public string? AdjHigh { get; set; }

    public string? AdjLow { get; set; }

    public string? AdjClose { get; set; }

    public string? AdjVolume { get; set; }

    public string? ExDividend { get; set; }

    public string? SplitRatio { get; set; }

    /// <summary>True when the source gave only a close, absent otherwise.</summary>
    public bool? CloseOnly { get; set; }

    public MinuteFoldDocument? Fold { get; set; }

    public static BarDocument From(Bar bar, MinuteFoldDocument? fold = null) => new()
    {
        Id = bar.Id,
        Symbol = bar.Symbol,
        Interval = bar.Interval.ToWireName(),
        Start = StoredText.FromInstant(bar.Start),
        Open = StoredText.FromDecimal(bar.Open),
        High = StoredText.FromDecimal(bar.High),
        Low = StoredText.FromDecimal(bar.Low),
        Close = StoredText.FromDecimal(bar.Close),
        Volume = StoredText.FromDecimal(bar.Volume),
        Origin = bar.Origin,
        AdjOpen = StoredText.FromDecimal(bar.Adjusted?.Open),
        AdjHigh = StoredText.FromDecimal(bar.Adjusted?.High),
        AdjLow = StoredText.FromDecimal(bar.Adjusted?.Low),
        AdjClose = StoredText.FromDecimal(bar.Adjusted?.Close),
        AdjVolume = StoredText.FromDecimal(bar.Adjusted?.Volume),
        ExDividend = StoredText.FromDecimal(bar.ExDividend),
        SplitRatio = StoredText.FromDecimal(bar.SplitRatio),
        CloseOnly = bar.CloseOnly ? true : null,
        Fold = fold,
    };

    public static BarDocument From(MinuteBarState state) => From(state.Bar, new MinuteFoldDocument
    {
        OpenTimestamp = StoredText.FromInstant(state.OpenTimestamp),
        OpenTradeId = state.OpenTradeId,
        CloseTimestamp = StoredText.FromInstant(state.CloseTimestamp),
        CloseTradeId = state.CloseTradeId,
        TradeIds = [.. state.TradeIds],
    });

    /// <exception cref="FormatException">A stored value is not in the form this class writes.</exception>
    public Bar ToBar()
    {
        if (!BarIntervals.TryParse(Interval, out BarInterval interval))
        {
            throw new FormatException($"Bar document '{Id}' has the unknown interval '{Interval}'.");
        }

        AdjustedPrices? adjusted = AdjClose is null
            ? null
            : new AdjustedPrices(
                StoredText.ToDecimal(AdjOpen!),
                StoredText.ToDecimal(AdjHigh!),
                StoredText.ToDecimal(AdjLow!),
                StoredText.ToDecimal(AdjClose),
                StoredText.ToDecimal(AdjVolume, optional: true));

        return new Bar(
            Symbol,
            interval,
            StoredText.ToInstant(Start),
            StoredText.ToDecimal(Open),
            StoredText.ToDecimal(High),
            StoredText.ToDecimal(Low),
            StoredText.ToDecimal(Close),
            StoredText.ToDecimal(Volume, optional: true),
            Origin)
        {
            Adjusted = adjusted,
            ExDividend = StoredText.ToDecimal(ExDividend, optional: true),
            SplitRatio = StoredText.ToDecimal(SplitRatio, optional: true),
            CloseOnly = CloseOnly == true,
        };
    }

    /// <summary>Returns the fold state of a bar folded from trades, or null for any other bar.</summary>
    /// <exception cref="FormatException">A bar folded from trades has no fold state, so folding more trades would lose volume.</exception>
    public MinuteBarState? ToMinuteBarState()
    {
        if (Origin != BarOrigin.Trades)
        {
            return null;
        }

        if (Fold is null)
        {
            throw new FormatException($"Bar document '{Id}' was folded from trades but has no fold state.");
        }

        return new MinuteBarState(
            ToBar(),
            StoredText.ToInstant(Fold.OpenTimestamp),
            Fold.OpenTradeId,
            StoredText.ToInstant(Fold.CloseTimestamp),
            Fold.CloseTradeId,
            Fold.TradeIds);
    }
}
