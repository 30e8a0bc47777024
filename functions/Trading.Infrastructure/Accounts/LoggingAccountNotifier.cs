using Microsoft.Extensions.Logging;
using Trading.Accounts;
using Trading.Portfolio;

namespace Trading.Infrastructure.Accounts;

/// <summary>
/// Logs committed account and portfolio changes. It is the default until the realtime feature registers
/// notifiers that push to the user's channels.
/// </summary>
public sealed partial class LoggingAccountNotifier(ILogger<LoggingAccountNotifier> logger) : IAccountNotifier, IPortfolioNotifier
{
    public Task AccountChangedAsync(AccountChange change, CancellationToken cancellationToken)
    {
        LogAccountChanged(change.UserId, change.Entry.TransactionId, change.Entry.Kind.ToString(), change.Entry.Sequence);
        return Task.CompletedTask;
    }

    public Task PositionChangedAsync(PortfolioChange change, CancellationToken cancellationToken)
    {
        LogPositionChanged(change.UserId, change.Entry.TransactionId, change.Position.Symbol);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 3050, Level = LogLevel.Debug, Message = "Account of user {UserId} changed: {Kind} {TransactionId}, ledger sequence {Sequence}")]
    private partial void LogAccountChanged(string userId, string transactionId, string kind, long sequence);

    [LoggerMessage(EventId = 3051, Level = LogLevel.Debug, Message = "Position {Symbol} of user {UserId} changed by transaction {TransactionId}")]
    private partial void LogPositionChanged(string userId, string transactionId, string symbol);
}
