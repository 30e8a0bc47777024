namespace Trading.Auth;

/// <summary>
/// The stored form of one refresh token: its SHA-256 hash and the family it belongs to. Whether it is
/// still the current token of that family is decided by the family, not by this record.
/// </summary>
public sealed record RefreshTokenRecord(string TokenHash, string FamilyId, string UserId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
