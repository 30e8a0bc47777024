using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Trading.Accounts;
using Trading.Infrastructure.Cosmos;

namespace Trading.Infrastructure.Accounts;

/// <summary>
/// Opens an account by creating the user's <see cref="AccountDocument"/>. Create fails with 409 when the
/// document already exists, which means the account is already open, so a retried registration is a no-op.
/// </summary>
public sealed partial class CosmosAccountOpener(CosmosDatabase database, ILogger<CosmosAccountOpener> logger) : IAccountOpener
{
    private readonly Container container = database.Container(TradingContainers.Accounts);

    public async Task OpenAsync(string userId, DateTimeOffset openedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        var document = new AccountDocument
        {
            UserId = userId,
            CreatedAt = openedAt.ToUniversalTime(),
            UpdatedAt = openedAt.ToUniversalTime(),
        };

        try
        {
            await container.CreateItemAsync(document, new PartitionKey(userId), cancellationToken: cancellationToken);
            LogOpened(userId);
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            LogAlreadyOpen(userId);
        }
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Opened the cash account of user {UserId}")]
    private partial void LogOpened(string userId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Cash account of user {UserId} is already open; nothing changed")]
    private partial void LogAlreadyOpen(string userId);
}
