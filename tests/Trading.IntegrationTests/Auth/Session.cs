namespace Trading.IntegrationTests.Auth;

/// <summary>The tokens of one login or refresh.</summary>
public sealed record Session(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt, DateTimeOffset RefreshExpiresAt)
{
    public static Session From(AuthResponse response) =>
        new(
            response.String("token"),
            response.String("refresh_token"),
            DateTimeOffset.Parse(response.String("expires_at"), System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(response.String("refresh_expires_at"), System.Globalization.CultureInfo.InvariantCulture));
}
