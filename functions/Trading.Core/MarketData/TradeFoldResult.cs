namespace Trading.MarketData;

/// <summary>
/// Outcome of folding one <see cref="MinuteTrades"/> update. <see cref="Bar"/> is the bar stored for that
/// minute after the call. <see cref="Applied"/> trades were folded in, <see cref="Duplicates"/> had been
/// folded before, and <see cref="Ignored"/> were left out because a bar message or an import owns that
/// minute.
/// </summary>
public sealed record TradeFoldResult(Bar Bar, int Applied, int Duplicates, int Ignored);
