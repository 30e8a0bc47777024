namespace Trading.Health;

/// <summary>Status per dependency (<c>up</c> or <c>down</c>) and whether all of them are up.</summary>
public sealed record HealthReport(bool Healthy, IReadOnlyDictionary<string, string> Dependencies)
{
    public IEnumerable<string> DownDependencies =>
        Dependencies.Where(pair => pair.Value != HealthService.Up).Select(pair => pair.Key);
}
