namespace Trading.Functions.MarketData;

/// <summary>One rejected value: 1-based line, header name of the column (absent for a whole row), symbol when known, reason.</summary>
public sealed record ImportRejectionResponse(int Line, string? Column, string? Symbol, string Reason);
