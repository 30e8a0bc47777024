namespace Trading.IntegrationTests.Support;

/// <summary>The API's timestamp form: ISO 8601 in UTC with a <c>Z</c> suffix, such as <c>2026-12-04T19:45:17Z</c>.</summary>
public static class UtcTimestamp
{
    /// <summary>Whole seconds with an optional fraction, then <c>Z</c>. An offset such as <c>+00:00</c> does not match.</summary>
    public const string Pattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$";
}
