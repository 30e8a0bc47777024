namespace Trading.Infrastructure.Strategies;

/// <summary>The latest completed backtest's headline statistics inside a <see cref="StrategyDocument"/>; fractions.</summary>
public sealed class PerformanceDocument
{
    public string BacktestId { get; set; } = string.Empty;

    public double TotalReturn { get; set; }

    public double SharpeRatio { get; set; }

    public double MaxDrawdown { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}
