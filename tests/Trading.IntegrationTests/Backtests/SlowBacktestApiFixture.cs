namespace Trading.IntegrationTests.Backtests;

/// <summary>The synthetic-data host with <c>Backtests:WaitSeconds = 0</c>, so every backtest start returns 202.</summary>
public sealed class SlowBacktestApiFixture : BacktestApiFixture
{
    protected override int? WaitSeconds => 0;
}
