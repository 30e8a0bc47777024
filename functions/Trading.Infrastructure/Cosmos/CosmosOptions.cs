namespace Trading.Infrastructure.Cosmos;

/// <summary>Settings under <c>Cosmos</c> (environment variables <c>Cosmos__Endpoint</c> and so on).</summary>
public sealed class CosmosOptions
{
    public const string Section = "Cosmos";

    /// <summary>Account endpoint, such as <c>https://myaccount.documents.azure.com:443/</c>.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>Account key (base64). Never logged.</summary>
    public string Key { get; set; } = string.Empty;

    public string Database { get; set; } = "trading";

    /// <summary>Create the database and containers at start-up when missing; meant for local development and tests.</summary>
    public bool CreateIfMissing { get; set; }

    /// <summary>
    /// Accept the self-signed certificate of a local emulator. Honoured only when <see cref="Endpoint"/>
    /// is a loopback address, so it can never weaken TLS to a real account.
    /// </summary>
    public bool AcceptLocalCertificate { get; set; }
}
