using System.Globalization;

namespace Trading.IntegrationTests.KafkaEndToEnd;

/// <summary>One CSV row's date and its OHLCV cells as text, exactly as the file writes them.</summary>
internal sealed record WikiRow(DateOnly Date, string Open, string High, string Low, string Close, string Volume)
{
    public DateTimeOffset Start => new(Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
