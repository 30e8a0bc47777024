using System.Text.RegularExpressions;
using Trading.Infrastructure.Cosmos;
using Trading.IntegrationTests.Support;

namespace Trading.IntegrationTests.Hosting;

public sealed class CosmosSetupScriptTests
{
    [Fact]
    public void SetupScript_ListsEveryContainerWithItsPartitionKey()
    {
        var script = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "infra", "cosmos-setup.sh"));
        var entries = Regex.Matches(script, "^\\s+\"(?<name>[a-z_]+):(?<key>/[a-z_]+)\"$", RegexOptions.Multiline)
            .Select(match => (match.Groups["name"].Value, match.Groups["key"].Value))
            .Order()
            .ToList();

        var expected = TradingContainers.All.Select(container => (container.Name, container.PartitionKeyPath)).Order().ToList();

        Assert.Equal(expected, entries);
    }
}
