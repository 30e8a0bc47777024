namespace Trading.MarketData;

/// <summary>
/// Split- and dividend-adjusted prices of one bar, as the data source computed them. Volume is
/// adjusted by the inverse split ratio, so it grows after a split where prices shrink.
/// </summary>
public sealed record AdjustedPrices(decimal Open, decimal High, decimal Low, decimal Close, decimal? Volume);
