using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace Trading.IntegrationTests.Infrastructure;

/// <summary>
/// Creates <see cref="CosmosClient"/> instances with the client options that the
/// @vercel/cosmosdb-server test server needs.
/// </summary>
internal static class LoopbackCosmosClientFactory
{
    private const string LoopbackHost = "127.0.0.1";

    public static CosmosClient Create(Uri endpoint, string key)
    {
        var options = new CosmosClientOptions
        {
            // The test server implements only the REST gateway protocol. LimitToEndpoint keeps every
            // request on the given endpoint instead of the endpoints that the account metadata lists.
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            HttpClientFactory = CreateHttpClient,
            UseSystemTextJsonSerializerWithOptions = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            },
        };

        return new CosmosClient(endpoint.AbsoluteUri, key, options);
    }

    private static HttpClient CreateHttpClient()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = AcceptSelfSignedOnLoopback,
        };

        return new HttpClient(handler);
    }

    // The test server presents a self-signed certificate. It is accepted only from 127.0.0.1, so
    // a client built here still validates every other host normally.
    private static bool AcceptSelfSignedOnLoopback(
        HttpRequestMessage request,
        X509Certificate2? certificate,
        X509Chain? chain,
        SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        return string.Equals(request.RequestUri?.Host, LoopbackHost, StringComparison.Ordinal);
    }
}
