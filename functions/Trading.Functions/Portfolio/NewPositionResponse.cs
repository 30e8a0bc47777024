namespace Trading.Functions.Portfolio;

/// <summary>
/// The position a fill left. When the fill closed it, quantity is 0 and average_price is the average
/// price the position had until it closed.
/// </summary>
public sealed record NewPositionResponse(string Symbol, decimal Quantity, decimal AveragePrice);
