namespace Trading.Portfolio;

/// <summary>
/// A position right after a fill. A fill that closed the position has quantity 0 and keeps the average
/// price the position had when it closed.
/// </summary>
public sealed record PositionSnapshot(string Symbol, decimal Quantity, decimal AveragePrice);
