namespace Trading.Portfolio;

/// <summary>
/// A user's positions with their values. <see cref="TotalValue"/> is the sum of the positions' market
/// values, <see cref="Cash"/> the account balance and <see cref="Equity"/> their sum.
/// </summary>
public sealed record PortfolioValuation(IReadOnlyList<PositionValuation> Positions, decimal TotalValue, decimal Cash, decimal Equity);
