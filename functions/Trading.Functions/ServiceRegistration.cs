using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Trading.Functions;

/// <summary>The one composition root, used by Program.cs and by the loopback test host.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddTradingPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
