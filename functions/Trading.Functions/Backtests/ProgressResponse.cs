namespace Trading.Functions.Backtests;

/// <summary>Symbols whose sleeve has finished, out of all symbols of the backtest.</summary>
public sealed record ProgressResponse(int SymbolsDone, int SymbolsTotal);
