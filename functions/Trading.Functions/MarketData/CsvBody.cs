using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Trading.Common;
using Trading.Functions.Http;

namespace Trading.Functions.MarketData;

/// <summary>Reads a <c>text/csv</c> request body in UTF-8 up to a size limit, before anything is imported.</summary>
internal static class CsvBody
{
    public const string MediaType = "text/csv";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="HttpProblemException">415 for another content type or charset, 413 over <paramref name="limitBytes"/>.</exception>
    /// <exception cref="DomainException">A validation error under <c>body</c> when the body is empty or not UTF-8.</exception>
    public static async Task<string> ReadAsync(HttpRequest request, int limitBytes, CancellationToken cancellationToken)
    {
        EnsureCsvContentType(request.ContentType);
        if (request.ContentLength > limitBytes)
        {
            throw new HttpProblemException(Problems.PayloadTooLarge(limitBytes));
        }

        // A chunked body has no Content-Length, so the limit is also enforced while reading.
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limitBytes)
            {
                throw new HttpProblemException(Problems.PayloadTooLarge(limitBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw ValidationErrors.For("body", "The request body is empty; send the CSV file with its header row.");
        }

        try
        {
            return StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw ValidationErrors.For("body", "The request body is not valid UTF-8 text.");
        }
    }

    private static void EnsureCsvContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType))
        {
            throw new HttpProblemException(Problems.UnsupportedMediaType(contentType, MediaType));
        }

        bool isCsv = mediaType.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);
        string charset = mediaType.Charset.HasValue ? mediaType.Charset.Value! : "utf-8";
        if (!isCsv || !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new HttpProblemException(Problems.UnsupportedMediaType(contentType, MediaType));
        }
    }
}
