namespace Trading.MarketData.Import;

/// <summary>
/// One value the importer did not store, with the reason. <c>Line</c> is 1-based and the header is
/// line 1. <c>Column</c> is the column name as written in the header, or null when the whole row or file
/// is at fault. <c>Symbol</c> is set when known.
/// </summary>
public sealed record ImportRejection(int Line, string? Column, string? Symbol, string Reason);
