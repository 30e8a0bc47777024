namespace Trading.Functions.Portfolio;

/// <summary>Body of <c>GET /v1/portfolio</c>: total_value is the positions' market value, equity is cash plus total_value.</summary>
public sealed record PortfolioResponse(IReadOnlyList<PositionResponse> Positions, decimal TotalValue, decimal Cash, decimal Equity);
