using Trading.Portfolio;

namespace Trading.Accounts;

/// <summary>
/// The cash account of one user with its open positions: the aggregate that guards every balance and
/// position change. Each change appends a ledger entry to <see cref="Outbox"/>, so storing the account
/// stores the entry in the same write. The balance never goes below zero and always has two decimal places.
/// </summary>
public sealed class Account
{
    private readonly Dictionary<string, Position> positions;
    private readonly List<LedgerEntry> outbox;

    public Account(
        string userId,
        decimal balance,
        long lastSequence,
        IEnumerable<Position> positions,
        IEnumerable<LedgerEntry> outbox,
        IEnumerable<IdempotencyRecord> idempotencyRecords,
        DateTimeOffset createdAt,
        DateTimeOffset updatedAt)
    {
        UserId = userId;
        Balance = Money.ToCents(balance);
        LastSequence = lastSequence;
        this.positions = positions.ToDictionary(position => position.Symbol, StringComparer.Ordinal);
        this.outbox = outbox.OrderBy(entry => entry.Sequence).ToList();
        IdempotencyKeys = new RecentIdempotencyKeys(idempotencyRecords);
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }

    public string UserId { get; }

    /// <summary>Cash balance, never negative, with two decimal places.</summary>
    public decimal Balance { get; private set; }

    /// <summary>Sequence number of the newest ledger entry; 0 before the first.</summary>
    public long LastSequence { get; private set; }

    /// <summary>Open positions ordered by symbol; a position at zero is removed.</summary>
    public IReadOnlyList<Position> Positions => positions.Values.OrderBy(position => position.Symbol, StringComparer.Ordinal).ToList();

    /// <summary>Committed ledger entries not yet confirmed as separate ledger documents, oldest first.</summary>
    public IReadOnlyList<LedgerEntry> Outbox => outbox;

    public RecentIdempotencyKeys IdempotencyKeys { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Account Open(string userId, DateTimeOffset at) => new(userId, 0.00m, 0, [], [], [], at, at);

    public Position? FindPosition(string symbol) => positions.GetValueOrDefault(symbol);

    public LedgerEntry Deposit(CashAmount amount, string transactionId, DateTimeOffset at) =>
        Append(transactionId, LedgerEntryKind.Deposit, amount.Value, null, null, null, null, at);

    /// <summary>Takes cash out; raises <c>insufficient-funds</c> when the amount exceeds the balance.</summary>
    public LedgerEntry Withdraw(CashAmount amount, string transactionId, DateTimeOffset at)
    {
        if (amount.Value > Balance)
        {
            throw AccountErrors.InsufficientFunds("amount", amount.Value, Balance);
        }

        return Append(transactionId, LedgerEntryKind.Withdrawal, -amount.Value, null, null, null, null, at);
    }

    /// <summary>
    /// Records a fill. A buy costs <c>round(quantity × price, 2)</c> (half away from zero) and raises
    /// <c>insufficient-funds</c> when that exceeds the balance, so a buy of exactly the balance succeeds.
    /// A sell credits the rounded proceeds, keeps the average price and raises <c>insufficient-position</c>
    /// when it exceeds the held quantity.
    /// </summary>
    public FillResult Fill(FillOrder order, string transactionId, DateTimeOffset at) =>
        order.IsBuy ? Buy(order, transactionId, at) : Sell(order, transactionId, at);

    /// <summary>Drops entries from the outbox once their ledger documents are stored.</summary>
    public void MarkStored(IReadOnlyCollection<string> transactionIds) =>
        outbox.RemoveAll(entry => transactionIds.Contains(entry.TransactionId));

    private FillResult Buy(FillOrder order, string transactionId, DateTimeOffset at)
    {
        var cost = Money.ToCents(order.Quantity * order.Price);
        if (cost == 0)
        {
            throw AccountErrors.BuyBelowOneCent(order.Quantity, order.Price);
        }

        if (cost > Balance)
        {
            throw AccountErrors.InsufficientFunds("quantity", cost, Balance);
        }

        var position = FindPosition(order.Symbol) is { } held
            ? held.Buy(order.Quantity, order.Price, at)
            : Position.Open(order.Symbol, order.Quantity, order.Price, at);
        positions[order.Symbol] = position;

        var entry = Append(transactionId, LedgerEntryKind.Buy, -cost, order.Symbol, order.Quantity, order.Price, null, at);
        return new FillResult(entry, new PositionSnapshot(position.Symbol, position.Quantity, position.AveragePrice));
    }

    private FillResult Sell(FillOrder order, string transactionId, DateTimeOffset at)
    {
        var sold = -order.Quantity;
        var held = FindPosition(order.Symbol);
        if (held is null || sold > held.Quantity)
        {
            throw AccountErrors.InsufficientPosition(order.Symbol, sold, held?.Quantity ?? 0m);
        }

        var proceeds = Money.ToCents(sold * order.Price);
        var (remaining, realized) = held.Sell(sold, order.Price, at);
        if (remaining.Quantity == 0)
        {
            positions.Remove(order.Symbol);
        }
        else
        {
            positions[order.Symbol] = remaining;
        }

        var entry = Append(transactionId, LedgerEntryKind.Sell, proceeds, order.Symbol, order.Quantity, order.Price, realized, at);
        var quantity = remaining.Quantity == 0 ? 0m : remaining.Quantity;
        return new FillResult(entry, new PositionSnapshot(order.Symbol, quantity, remaining.AveragePrice));
    }

    private LedgerEntry Append(
        string transactionId,
        LedgerEntryKind kind,
        decimal amount,
        string? symbol,
        decimal? quantity,
        decimal? price,
        decimal? realizedPl,
        DateTimeOffset at)
    {
        Balance = Money.ToCents(Balance + amount);
        LastSequence++;
        UpdatedAt = at;

        var entry = new LedgerEntry(transactionId, LastSequence, kind, amount, Balance, symbol, quantity, price, realizedPl, at);
        outbox.Add(entry);
        return entry;
    }
}
