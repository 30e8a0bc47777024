using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Trading.Infrastructure.Cosmos;
using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Auth;

/// <summary>Reads what the host stored, straight from Cosmos, to check that a rejected request wrote nothing.</summary>
public static class StoredDocuments
{
    /// <summary>The ids of every document in the <c>users</c> and <c>auth</c> containers, sorted.</summary>
    public static async Task<IReadOnlyList<string>> AuthIdsAsync(LoopbackFunctionHost host)
    {
        var ids = new List<string>();
        foreach (var definition in new[] { TradingContainers.Users, TradingContainers.Auth })
        {
            ids.AddRange(await IdsAsync(host, definition));
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    public static async Task<JsonElement?> ReadAsync(LoopbackFunctionHost host, ContainerDefinition definition, string id, string partitionKey)
    {
        var container = host.Services.GetRequiredService<CosmosDatabase>().Container(definition);
        try
        {
            var response = await container.ReadItemAsync<JsonElement>(id, new PartitionKey(partitionKey));
            return response.Resource;
        }
        catch (CosmosException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static async Task<List<string>> IdsAsync(LoopbackFunctionHost host, ContainerDefinition definition)
    {
        var container = host.Services.GetRequiredService<CosmosDatabase>().Container(definition);
        var options = new QueryRequestOptions { EnableOptimisticDirectExecution = true, MaxItemCount = 1000 };

        // The test server returns one page only, so a page far larger than any test's data is read once.
        using var iterator = container.GetItemQueryIterator<IdOnly>("SELECT TOP 1000 c.id FROM c", requestOptions: options);
        var page = await iterator.ReadNextAsync();
        Assert.True(page.Count < 1000, "The listing reached its 1000-document page; the no-write check would be incomplete.");
        return page.Select(document => $"{definition.Name}/{document.Id}").ToList();
    }

    private sealed record IdOnly(string Id);
}
