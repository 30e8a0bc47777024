using Trading.Backtests;

namespace Trading.Infrastructure.Backtests;

/// <summary>
/// A backtest in the <c>strategies</c> container (partition <c>/user_id</c>, beside its strategy). Money is
/// stored as invariant-culture decimal strings because Cosmos DB keeps JSON numbers as IEEE doubles;
/// statistics are doubles by nature and stay JSON numbers. The full equity curve and trades live in the
/// blob <see cref="ResultBlob"/>.
/// </summary>
public sealed class BacktestDocument
{
    public const string DocumentType = "backtest";

    public string Id { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>Document kind, needed because strategy documents share the partition.</summary>
    public string Type { get; set; } = DocumentType;

    public string StrategyId { get; set; } = string.Empty;

    public List<string> Symbols { get; set; } = [];

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>Starting cash, such as <c>"10000.00"</c>.</summary>
    public string InitialCapital { get; set; } = "0";

    public BacktestStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public BacktestStatisticsDocument? Statistics { get; set; }

    public string? Error { get; set; }

    public string? ResultBlob { get; set; }
}
