using Microsoft.Extensions.Logging;
using Trading.Portfolio;

namespace Trading.Accounts;

/// <summary>
/// Hands a stored change to <see cref="IAccountNotifier"/> and, for fills, to <see cref="IPortfolioNotifier"/>.
/// A notifier failure is logged and swallowed, because the change is already stored and must stand.
/// </summary>
public sealed partial class AccountChangeNotifier(
    IAccountNotifier accountNotifier,
    IPortfolioNotifier portfolioNotifier,
    ILogger<AccountChangeNotifier> logger)
{
    public async Task NotifyAsync(string userId, AppliedChange change, CancellationToken cancellationToken)
    {
        try
        {
            await accountNotifier.AccountChangedAsync(new AccountChange(userId, change.Entry, change.Entry.BalanceAfter), cancellationToken);
        }
        catch (Exception exception)
        {
            LogNotifyFailed(exception, "account", userId, change.Entry.TransactionId);
        }

        if (change.Position is null)
        {
            return;
        }

        try
        {
            await portfolioNotifier.PositionChangedAsync(new PortfolioChange(userId, change.Entry, change.Position), cancellationToken);
        }
        catch (Exception exception)
        {
            LogNotifyFailed(exception, "portfolio", userId, change.Entry.TransactionId);
        }
    }

    [LoggerMessage(EventId = 3030, Level = LogLevel.Warning, Message = "The {Channel} notifier failed for transaction {TransactionId} of user {UserId}; the change stands")]
    private partial void LogNotifyFailed(Exception exception, string channel, string userId, string transactionId);
}
