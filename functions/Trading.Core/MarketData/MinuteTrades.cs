namespace Trading.MarketData;

/// <summary>Trades of one symbol within the one-minute bar that starts at <see cref="Start"/> (UTC), in any order.</summary>
public sealed record MinuteTrades(string Symbol, DateTimeOffset Start, IReadOnlyList<Trade> Trades)
{
    public string BarId => Bar.MakeId(Symbol, BarInterval.OneMinute, Start);
}
