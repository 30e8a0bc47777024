namespace Trading.Accounts;

/// <summary>
/// Opens the one cash account of a new user with balance 0. Idempotent: opening an account that already
/// exists for the user changes nothing, so a retried registration cannot create a second account.
/// </summary>
public interface IAccountOpener
{
    Task OpenAsync(string userId, DateTimeOffset openedAt, CancellationToken cancellationToken);
}
