using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Trading.Auth;

namespace Trading.Infrastructure.Auth;

/// <summary>Registers authentication: settings validated at start-up, the JWT codec, the Cosmos stores and the auth services.</summary>
public static class AuthRegistration
{
    public static IServiceCollection AddTradingAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();

        services.AddSingleton(provider => new PasswordHasher(provider.GetRequiredService<IOptions<AuthOptions>>().Value.PasswordIterations));
        services.AddSingleton<IAccessTokenCodec, JwtAccessTokenCodec>();
        services.AddSingleton<IAccessTokenValidator, AccessTokenValidator>();

        services.AddSingleton<IUserStore, CosmosUserStore>();
        services.AddSingleton<IRefreshTokenStore, CosmosRefreshTokenStore>();
        services.AddSingleton<IRevokedTokenStore, CosmosRevokedTokenStore>();
        services.AddSingleton<ILoginFailureStore, CosmosLoginFailureStore>();

        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<TokenFamilies>();
        services.AddSingleton<LoginService>();
        services.AddSingleton<LogoutService>();

        // Scoped, so it works whatever lifetime the account feature gives its IAccountOpener.
        services.AddScoped<RegistrationService>();

        return services;
    }
}
