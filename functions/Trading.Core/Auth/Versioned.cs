namespace Trading.Auth;

/// <summary>A stored value with the ETag it was read with, for a conditional replace.</summary>
public sealed record Versioned<T>(T Value, string ETag);
