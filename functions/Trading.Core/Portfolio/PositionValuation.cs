namespace Trading.Portfolio;

/// <summary>
/// An open position valued at <see cref="MarketPrice"/>: the last known quote, or the average price when
/// none is known. <see cref="MarketValue"/> is <c>round(quantity × market price, 2)</c> and
/// <see cref="UnrealizedPl"/> is <c>round(quantity × (market price − average price), 2)</c>, half away from zero.
/// </summary>
public sealed record PositionValuation(
    string Symbol,
    decimal Quantity,
    decimal AveragePrice,
    decimal MarketPrice,
    decimal MarketValue,
    decimal UnrealizedPl);
