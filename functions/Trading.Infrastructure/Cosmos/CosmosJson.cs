using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trading.Infrastructure.Cosmos;

/// <summary>
/// Serializer settings for stored documents: snake_case like the API, but tolerant of the system
/// members Cosmos DB adds (<c>_rid</c>, <c>_ts</c> and others). Money and quantities are stored as
/// decimal strings in the document types, because Cosmos DB keeps JSON numbers as IEEE doubles.
/// </summary>
public static class CosmosJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
