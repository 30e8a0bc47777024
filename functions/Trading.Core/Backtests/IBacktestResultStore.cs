using Trading.Backtesting.Engine;

namespace Trading.Backtests;

/// <summary>
/// Blob storage of results too large for a document or the orchestration history: per-symbol sleeves
/// between the fan-out and the fan-in, and the final portfolio result. Writes overwrite, so a retried
/// activity stores the same blob again.
/// </summary>
public interface IBacktestResultStore
{
    /// <summary>Stores one sleeve's equity curve and trades; returns the blob name.</summary>
    Task<string> SaveSleeveAsync(string backtestId, SymbolBacktestResult sleeve, CancellationToken cancellationToken);

    /// <exception cref="InvalidOperationException">The blob does not exist.</exception>
    Task<SymbolBacktestResult> LoadSleeveAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Stores the combined equity curve, every trade and the statistics; returns the blob name.</summary>
    Task<string> SavePortfolioAsync(string backtestId, PortfolioBacktestResult result, CancellationToken cancellationToken);
}
