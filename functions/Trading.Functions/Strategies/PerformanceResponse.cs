using System.Text.Json.Serialization;

namespace Trading.Functions.Strategies;

/// <summary>
/// Headline statistics of the strategy's newest completed backtest, as fractions; every field is an explicit
/// JSON null before the first backtest completes.
/// </summary>
public sealed record PerformanceResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? TotalReturn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? SharpeRatio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? MaxDrawdown,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? BacktestId);
