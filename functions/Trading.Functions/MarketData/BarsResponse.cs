using System.Text.Json.Serialization;
using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>
/// Body of <c>GET /v1/market/{symbol}/bars</c>. <c>next_from</c> is the start of the first bar not
/// returned. Passing it as <c>from</c> with the same <c>to</c> gets the next page. It is null when the
/// range has no more bars.
/// </summary>
public sealed record BarsResponse(
    string Symbol,
    string Interval,
    IReadOnlyList<BarResponse> Bars,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? NextFrom)
{
    public static BarsResponse From(BarsQuery query, BarsPage page) => new(
        query.Symbol,
        query.Interval.ToWireName(),
        [.. page.Bars.Select(BarResponse.From)],
        page.NextFrom?.UtcDateTime);
}
