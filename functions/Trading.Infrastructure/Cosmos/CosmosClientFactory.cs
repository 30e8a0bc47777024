using System.Net;
using System.Net.Security;
using Microsoft.Azure.Cosmos;

namespace Trading.Infrastructure.Cosmos;

/// <summary>Builds the app's single <see cref="CosmosClient"/> in Gateway mode with System.Text.Json.</summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosOptions options)
    {
        var endpoint = new Uri(options.Endpoint);
        var clientOptions = new CosmosClientOptions
        {
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            UseSystemTextJsonSerializerWithOptions = CosmosJson.Options,
            ApplicationName = "trading-platform",
            MaxRetryAttemptsOnRateLimitedRequests = 9,
            MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(30),
            RequestTimeout = TimeSpan.FromSeconds(30),
        };

        if (options.AcceptLocalCertificate && IsLoopback(endpoint))
        {
            clientOptions.HttpClientFactory = () => new HttpClient(CreateLocalHandler(endpoint), disposeHandler: true);
        }

        return new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }

    private static SocketsHttpHandler CreateLocalHandler(Uri endpoint) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxConnectionsPerServer = 256,
        SslOptions = new SslClientAuthenticationOptions
        {
            // Only the loopback emulator's self-signed certificate is accepted; every other host keeps full validation.
            RemoteCertificateValidationCallback = (_, _, _, errors) =>
                errors == SslPolicyErrors.None || IsLoopback(endpoint),
        },
    };

    private static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || (IPAddress.TryParse(endpoint.Host, out var address) && IPAddress.IsLoopback(address));
}
