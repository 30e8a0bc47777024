using Trading.Accounts;

namespace Trading.Portfolio;

/// <summary>A committed fill with the position it left, handed to <see cref="IPortfolioNotifier"/>.</summary>
public sealed record PortfolioChange(string UserId, LedgerEntry Entry, PositionSnapshot Position);
