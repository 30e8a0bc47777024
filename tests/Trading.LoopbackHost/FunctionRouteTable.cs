using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace Trading.LoopbackHost;

/// <summary>
/// Discovers HTTP-triggered functions the way the Worker SDK's metadata generator does: a method with
/// <see cref="FunctionAttribute"/> whose parameter carries <see cref="HttpTriggerAttribute"/>. The route
/// prefix comes from host.json <c>extensions.http.routePrefix</c> (the Functions host's default is <c>api</c>).
/// </summary>
public static class FunctionRouteTable
{
    public static IReadOnlyList<FunctionRoute> Discover(Assembly functionsAssembly, string routePrefix)
    {
        var routes = new List<FunctionRoute>();
        foreach (var type in functionsAssembly.GetTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var function = method.GetCustomAttribute<FunctionAttribute>();
                var trigger = method.GetParameters()
                    .Select(parameter => parameter.GetCustomAttribute<HttpTriggerAttribute>())
                    .FirstOrDefault(attribute => attribute is not null);

                if (function is null || trigger is null)
                {
                    continue;
                }

                var route = trigger.Route ?? function.Name;
                var template = string.IsNullOrEmpty(routePrefix) ? route : $"{routePrefix}/{route}";
                var methods = (trigger.Methods ?? ["get", "post", "put", "delete", "patch", "head", "options"])
                    .Select(name => name.ToUpperInvariant())
                    .ToArray();

                routes.Add(new FunctionRoute(function.Name, methods, template, type, method));
            }
        }

        return routes;
    }

    /// <summary>Reads <c>extensions.http.routePrefix</c> from a host.json file; <c>api</c> when absent, as in the Functions host.</summary>
    public static string ReadRoutePrefix(string hostJsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(hostJsonPath));
        if (document.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix)
            && prefix.ValueKind == JsonValueKind.String)
        {
            return prefix.GetString()!.Trim('/');
        }

        return "api";
    }
}
