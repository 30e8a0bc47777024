using Trading.Backtests;
using Trading.MarketData;

namespace Trading.IntegrationTests.Backtests;

/// <summary>
/// An <see cref="IMarketDataReader"/> over the app's real reader that fails every bar read of one symbol made
/// by a backtest sleeve, and counts those failures. It distinguishes a sleeve read from the start-time data
/// check by the limit: <see cref="MarketDataCoverage"/> requests one bar and <see cref="DailyBarLoader"/>
/// requests <see cref="DailyBarLoader.PageSize"/>.
/// </summary>
public sealed class FaultyBarReader(IMarketDataReader inner, string faultedSymbol) : IMarketDataReader
{
    /// <summary>Message of the injected error. It imitates a storage detail, so the owner must not see it.</summary>
    public const string FaultMessage = "Injected storage fault: connection reset by the test double.";

    private int failedReads;

    /// <summary>Sleeve reads of the faulted symbol that failed so far, one per activity attempt.</summary>
    public int FailedReads => Volatile.Read(ref failedReads);

    public Task<Quote?> GetQuoteAsync(string symbol, CancellationToken cancellationToken) =>
        inner.GetQuoteAsync(symbol, cancellationToken);

    public Task<Bar?> GetLatestBarAsync(string symbol, BarInterval interval, CancellationToken cancellationToken) =>
        inner.GetLatestBarAsync(symbol, interval, cancellationToken);

    public Task<IReadOnlyList<Bar>> GetBarsAsync(
        string symbol,
        BarInterval interval,
        DateTimeOffset from,
        DateTimeOffset to,
        int limit,
        CancellationToken cancellationToken)
    {
        if (symbol == faultedSymbol && limit == DailyBarLoader.PageSize)
        {
            Interlocked.Increment(ref failedReads);
            throw new IOException(FaultMessage);
        }

        return inner.GetBarsAsync(symbol, interval, from, to, limit, cancellationToken);
    }
}
