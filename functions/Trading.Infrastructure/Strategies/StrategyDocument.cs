using System.Text.Json;

namespace Trading.Infrastructure.Strategies;

/// <summary>
/// A strategy in the <c>strategies</c> container (partition <c>/user_id</c>). Backtest documents share the
/// partition, so <see cref="Type"/> distinguishes them. Parameters are stored as the JSON object the API echoes.
/// They are counts, thresholds and basis points, not money, so JSON numbers are exact enough.
/// </summary>
public sealed class StrategyDocument
{
    public const string DocumentType = "strategy";

    public string Id { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>Document kind, needed because backtest documents share the partition.</summary>
    public string Type { get; set; } = DocumentType;

    public string Name { get; set; } = string.Empty;

    /// <summary>API name of the strategy type, such as <c>sma_crossover</c>.</summary>
    public string StrategyType { get; set; } = string.Empty;

    public JsonElement Parameters { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public PerformanceDocument? Performance { get; set; }
}
