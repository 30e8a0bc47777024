using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Trading.Accounts;
using Trading.Portfolio;

namespace Trading.IntegrationTests.Accounts;

/// <summary>An account host whose notifiers record every change and then throw, like a push service that is down.</summary>
public sealed class FailingNotifierFixture : AccountApiFixture
{
    public RecordingThrowingNotifier Notifier { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.RemoveAll<IAccountNotifier>();
        services.RemoveAll<IPortfolioNotifier>();
        services.AddSingleton<IAccountNotifier>(Notifier);
        services.AddSingleton<IPortfolioNotifier>(Notifier);
    }

    public sealed class RecordingThrowingNotifier : IAccountNotifier, IPortfolioNotifier
    {
        public ConcurrentQueue<AccountChange> AccountChanges { get; } = new();

        public ConcurrentQueue<PortfolioChange> PortfolioChanges { get; } = new();

        public Task AccountChangedAsync(AccountChange change, CancellationToken cancellationToken)
        {
            AccountChanges.Enqueue(change);
            throw new HttpRequestException("The push service is unavailable.");
        }

        public Task PositionChangedAsync(PortfolioChange change, CancellationToken cancellationToken)
        {
            PortfolioChanges.Enqueue(change);
            throw new HttpRequestException("The push service is unavailable.");
        }
    }
}
