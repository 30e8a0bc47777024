namespace Trading.Backtests;

/// <summary>
/// What a fan-out activity returns to the orchestration: a few numbers and the blob that contains the sleeve's
/// equity curve and trades, so no large array enters the orchestration history.
/// </summary>
/// <param name="AdjustedPrices">True when the sleeve ran on split- and dividend-adjusted prices.</param>
public sealed record SleeveOutcome(string Symbol, string BlobName, int BarCount, int TradeCount, double FinalEquity, bool AdjustedPrices);
