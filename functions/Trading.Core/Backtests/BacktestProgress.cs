namespace Trading.Backtests;

/// <summary>Symbols whose sleeve has finished, out of all the strategy's symbols.</summary>
public sealed record BacktestProgress(int SymbolsDone, int SymbolsTotal);
