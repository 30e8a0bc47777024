using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Trading.Common;

namespace Trading.Functions.Http;

/// <summary>
/// Reads a JSON request body with the API's rules: <c>application/json</c> only, a size limit, unknown
/// and duplicate members rejected, and every parse error reported against the JSON field that caused it.
/// Nothing has been written when any of these checks fails.
/// </summary>
public static class JsonBody
{
    /// <summary>Default body limit for JSON endpoints, in bytes; far above any valid request.</summary>
    public const int DefaultLimitBytes = 64 * 1024;

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, int limitBytes = DefaultLimitBytes)
        where T : class
    {
        EnsureJsonContentType(request);
        byte[] bytes = await ReadLimitedAsync(request.Body, request.ContentLength, limitBytes, cancellationToken);

        // RFC 8259 section 8.1 lets a parser ignore a leading byte order mark, and some clients send one.
        // Only one is skipped, so a second is still invalid JSON.
        ReadOnlySpan<byte> body = bytes.AsSpan();
        if (body.StartsWith(Utf8ByteOrderMark))
        {
            body = body[Utf8ByteOrderMark.Length..];
        }

        if (body.Length == 0)
        {
            throw ValidationErrors.For("body", "The request body is empty; send a JSON object.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, TradingJson.Options)
                ?? throw ValidationErrors.For("body", "The request body must be a JSON object, not null.");
        }
        catch (JsonException exception)
        {
            throw JsonErrors.ToValidationError(exception);
        }
    }

    private static void EnsureJsonContentType(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            throw new HttpProblemException(Problems.UnsupportedMediaType(contentType));
        }

        var isJson = mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
        var charset = mediaType.Charset.HasValue ? mediaType.Charset.Value : "utf-8";
        if (!isJson || !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new HttpProblemException(Problems.UnsupportedMediaType(contentType));
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, long? contentLength, int limitBytes, CancellationToken cancellationToken)
    {
        if (contentLength > limitBytes)
        {
            throw new HttpProblemException(Problems.PayloadTooLarge(limitBytes));
        }

        // Chunked bodies carry no Content-Length, so the limit is also enforced while reading.
        var buffer = ArrayPool<byte>.Shared.Rent(limitBytes + 1);
        try
        {
            var total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(total, limitBytes + 1 - total), cancellationToken)) > 0)
            {
                total += read;
                if (total > limitBytes)
                {
                    throw new HttpProblemException(Problems.PayloadTooLarge(limitBytes));
                }
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
