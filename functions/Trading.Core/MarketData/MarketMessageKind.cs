namespace Trading.MarketData;

public enum MarketMessageKind
{
    Invalid,
    Trade,
    Bar,
}
