namespace Trading.Infrastructure.MarketData;

/// <summary>Values of the <c>kind</c> member that distinguishes quote and bar documents in a symbol's partition.</summary>
internal static class MarketDocumentKinds
{
    public const string Quote = "quote";

    public const string Bar = "bar";
}
