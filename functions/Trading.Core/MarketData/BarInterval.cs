namespace Trading.MarketData;

/// <summary>Bar length. On the wire and in storage it is written <c>1m</c> or <c>1d</c>.</summary>
public enum BarInterval
{
    OneMinute,
    OneDay,
}
