using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trading.Infrastructure.Backtests;

/// <summary>Serializer settings of backtest result blobs: snake_case, enums as strings, dates as <c>YYYY-MM-DD</c>.</summary>
internal static class BacktestBlobJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
