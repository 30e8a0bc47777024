namespace Trading.MarketData.Replay;

/// <summary>
/// One daily bar as read from a CSV file. Prices and volume keep the file's decimal text (already checked to
/// be a number) so that the published JSON carries exactly the digits of the source.
/// </summary>
public sealed record DailyBarRow(string Symbol, DateOnly Date, string Open, string High, string Low, string Close, string Volume);
