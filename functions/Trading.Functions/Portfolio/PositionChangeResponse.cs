namespace Trading.Functions.Portfolio;

/// <summary>Body of a recorded fill, and of its idempotent replays.</summary>
public sealed record PositionChangeResponse(string TransactionId, NewPositionResponse NewPosition);
