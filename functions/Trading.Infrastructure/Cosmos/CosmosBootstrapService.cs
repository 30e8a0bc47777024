using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Trading.Infrastructure.Cosmos;

/// <summary>
/// Creates the database and containers at start-up when <see cref="CosmosOptions.CreateIfMissing"/> is
/// set (local development and tests). A real account is provisioned by infra/cosmos-setup.sh instead.
/// </summary>
public sealed partial class CosmosBootstrapService(CosmosDatabase database, IOptions<CosmosOptions> options, ILogger<CosmosBootstrapService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CreateIfMissing)
        {
            return;
        }

        await database.EnsureCreatedAsync(cancellationToken);
        LogCreated(options.Value.Database, TradingContainers.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Cosmos database {Database} and its {ContainerCount} containers are ready")]
    private partial void LogCreated(string database, int containerCount);
}
