namespace Trading.Health;

/// <summary>A probe of one dependency, such as Cosmos DB or Blob Storage, for the health endpoint.</summary>
public interface IDependencyHealthCheck
{
    /// <summary>Stable lower-case name shown to callers, such as <c>cosmos</c>.</summary>
    string Name { get; }

    /// <summary>Throws when the dependency cannot serve requests; returns normally when it can.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}
