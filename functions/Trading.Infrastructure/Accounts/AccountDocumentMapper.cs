using Trading.Accounts;
using Trading.Portfolio;

namespace Trading.Infrastructure.Accounts;

/// <summary>Converts an <see cref="Account"/> to and from its <see cref="AccountDocument"/>.</summary>
internal static class AccountDocumentMapper
{
    public static Account ToDomain(AccountDocument document) => new(
        document.UserId,
        StoredDecimal.Parse(document.Balance, "balance"),
        document.LastSequence,
        document.Positions.Select(ToDomain),
        document.Outbox.Select(LedgerEntryMapper.ToDomain),
        document.IdempotencyKeys.Select(ToDomain),
        document.CreatedAt,
        document.UpdatedAt);

    public static AccountDocument ToDocument(Account account) => new()
    {
        UserId = account.UserId,
        Balance = StoredDecimal.Format(account.Balance),
        Positions = account.Positions.Select(ToDocument).ToList(),
        LastSequence = account.LastSequence,
        Outbox = account.Outbox.Select(entry => LedgerEntryMapper.ToDocument(account.UserId, entry)).ToList(),
        IdempotencyKeys = account.IdempotencyKeys.Records.Select(ToDocument).ToList(),
        CreatedAt = account.CreatedAt,
        UpdatedAt = account.UpdatedAt,
    };

    private static Position ToDomain(PositionDocument document) => new(
        document.Symbol,
        StoredDecimal.Parse(document.Quantity, "positions.quantity"),
        StoredDecimal.Parse(document.AveragePrice, "positions.average_price"),
        StoredDecimal.Parse(document.RealizedPl, "positions.realized_pl"),
        document.OpenedAt,
        document.UpdatedAt);

    private static PositionDocument ToDocument(Position position) => new()
    {
        Symbol = position.Symbol,
        Quantity = StoredDecimal.Format(position.Quantity),
        AveragePrice = StoredDecimal.Format(position.AveragePrice),
        RealizedPl = StoredDecimal.Format(position.RealizedPl),
        OpenedAt = position.OpenedAt,
        UpdatedAt = position.UpdatedAt,
    };

    private static IdempotencyRecord ToDomain(IdempotencyRecordDocument document) => new(
        document.Key,
        document.RequestHash,
        document.TransactionId,
        StoredDecimal.Parse(document.NewBalance, "idempotency_keys.new_balance"),
        document.Position is { } position
            ? new PositionSnapshot(
                position.Symbol,
                StoredDecimal.Parse(position.Quantity, "idempotency_keys.position.quantity"),
                StoredDecimal.Parse(position.AveragePrice, "idempotency_keys.position.average_price"))
            : null,
        document.ExpiresAt);

    private static IdempotencyRecordDocument ToDocument(IdempotencyRecord record) => new()
    {
        Key = record.Key,
        RequestHash = record.RequestHash,
        TransactionId = record.TransactionId,
        NewBalance = StoredDecimal.Format(record.NewBalance),
        Position = record.Position is { } position
            ? new PositionSnapshotDocument
            {
                Symbol = position.Symbol,
                Quantity = StoredDecimal.Format(position.Quantity),
                AveragePrice = StoredDecimal.Format(position.AveragePrice),
            }
            : null,
        ExpiresAt = record.ExpiresAt,
    };
}
