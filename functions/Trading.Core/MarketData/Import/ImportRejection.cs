namespace Trading.MarketData.Import;

/// <summary>
/// One value the importer did not store: the 1-based line number in the file (the header is line 1),
/// the column name as written in the header (null when the whole row or file is at fault), the symbol
/// when known, and the reason.
/// </summary>
public sealed record ImportRejection(int Line, string? Column, string? Symbol, string Reason);
