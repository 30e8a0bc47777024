namespace Trading.Accounts;

/// <summary>
/// Receives each committed cash change, for example to push it to the user's <c>account</c> channel.
/// It is called after the change is stored; a failure is logged by the caller and never undoes the change.
/// </summary>
public interface IAccountNotifier
{
    Task AccountChangedAsync(AccountChange change, CancellationToken cancellationToken);
}
