using Trading.MarketData;

namespace Trading.Functions.MarketData;

/// <summary>Bars of one response and, when more follow in the range, the start of the next one.</summary>
public sealed record BarsPage(IReadOnlyList<Bar> Bars, DateTimeOffset? NextFrom);
