namespace Trading.Functions.Auth;

/// <summary>A body that carries only a human-readable confirmation.</summary>
public sealed record MessageResponse(string Message);
