using Microsoft.Extensions.Logging;
using Trading.Accounts;

namespace Trading.Portfolio;

/// <summary>Values a user's positions and records fills through the account's rules.</summary>
public sealed partial class PortfolioService(AccountWriter writer, IQuoteReader quotes, ILogger<PortfolioService> logger)
{
    public async Task<PortfolioValuation> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var (account, _) = await writer.LoadAsync(userId, cancellationToken);
        var positions = account.Positions;
        var prices = await LastPricesAsync(userId, positions.Select(position => position.Symbol).ToList(), cancellationToken);

        var valued = positions.Select(position => Value(position, prices.GetValueOrDefault(position.Symbol, position.AveragePrice))).ToList();
        var total = valued.Sum(position => position.MarketValue) + 0.00m;
        return new PortfolioValuation(valued, total, account.Balance, account.Balance + total);
    }

    /// <summary>Records a fill: a positive quantity buys, a negative one sells.</summary>
    public Task<CommittedChange> RecordFillAsync(
        string userId,
        string? symbol,
        decimal? quantity,
        decimal? price,
        string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var order = FillOrder.Create(symbol, quantity, price);
        var idempotency = IdempotencyRequest.Create(idempotencyKey, "position", order.Symbol, Canonical(order.Quantity), Canonical(order.Price));
        return writer.ExecuteAsync(
            userId,
            idempotency,
            (account, transactionId, now) =>
            {
                var fill = account.Fill(order, transactionId, now);
                return new AppliedChange(fill.Entry, fill.Position);
            },
            cancellationToken);
    }

    private static PositionValuation Value(Position position, decimal marketPrice) =>
        new(
            position.Symbol,
            position.Quantity,
            position.AveragePrice,
            marketPrice,
            Money.ToCents(position.Quantity * marketPrice),
            Money.ToCents(position.Quantity * (marketPrice - position.AveragePrice)));

    /// <summary>Reads quotes; when the quote store fails, positions are valued at their average price and the failure is logged.</summary>
    private async Task<IReadOnlyDictionary<string, decimal>> LastPricesAsync(string userId, IReadOnlyCollection<string> symbols, CancellationToken cancellationToken)
    {
        if (symbols.Count == 0)
        {
            return new Dictionary<string, decimal>();
        }

        try
        {
            return await quotes.GetLastPricesAsync(symbols, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogQuotesFailed(exception, userId, symbols.Count);
            return new Dictionary<string, decimal>();
        }
    }

    private static string Canonical(decimal value) => value.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 3040, Level = LogLevel.Warning, Message = "Reading quotes of {SymbolCount} symbols for user {UserId} failed; valuing at average prices")]
    private partial void LogQuotesFailed(Exception exception, string userId, int symbolCount);
}
