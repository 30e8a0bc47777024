namespace Trading.Portfolio;

/// <summary>
/// Receives each committed fill, for example to push it to the user's <c>portfolio</c> channel.
/// It is called after the fill is stored; a failure is logged by the caller and never undoes the fill.
/// </summary>
public interface IPortfolioNotifier
{
    Task PositionChangedAsync(PortfolioChange change, CancellationToken cancellationToken);
}
