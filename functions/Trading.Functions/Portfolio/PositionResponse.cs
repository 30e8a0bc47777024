namespace Trading.Functions.Portfolio;

/// <summary>An open position in <c>GET /v1/portfolio</c>, valued at the last known price or, without one, at the average price.</summary>
public sealed record PositionResponse(
    string Symbol,
    decimal Quantity,
    decimal AveragePrice,
    decimal MarketPrice,
    decimal MarketValue,
    decimal UnrealizedPl);
