namespace Trading.Infrastructure.Accounts;

/// <summary>A position as a fill left it, kept for idempotent replays. Quantity <c>"0"</c> means the fill closed it.</summary>
public sealed class PositionSnapshotDocument
{
    public string Symbol { get; set; } = string.Empty;

    public string Quantity { get; set; } = "0";

    public string AveragePrice { get; set; } = "0";
}
