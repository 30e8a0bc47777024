namespace Trading.IntegrationTests.Infrastructure;

/// <summary>A document of the smoke-test container, partitioned by <see cref="Pk"/>.</summary>
public sealed record SmokeItem(string Id, string Pk, string Name, int Version);
