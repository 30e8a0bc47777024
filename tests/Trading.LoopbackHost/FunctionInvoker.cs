using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Trading.LoopbackHost;

/// <summary>
/// Invokes one HTTP function for a request: activates the function class from a request scope (as the
/// worker does per invocation), binds the trigger, route values, cancellation token and durable client,
/// and executes the returned <see cref="IActionResult"/>.
/// </summary>
public static class FunctionInvoker
{
    public static async Task InvokeAsync(HttpContext context, FunctionRoute route)
    {
        var services = context.RequestServices;
        var instance = route.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, route.FunctionClass);
        var arguments = route.Method.GetParameters().Select(parameter => Bind(parameter, context, route)).ToArray();

        var returned = route.Method.Invoke(instance, arguments);
        var result = returned switch
        {
            Task<IActionResult> task => await task,
            IActionResult actionResult => actionResult,
            _ => throw new InvalidOperationException($"Function {route.FunctionName} must return IActionResult or Task<IActionResult>."),
        };

        var actionContext = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
        await result.ExecuteResultAsync(actionContext);
    }

    private static object? Bind(ParameterInfo parameter, HttpContext context, FunctionRoute route)
    {
        if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is not null)
        {
            return context.Request;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context.RequestAborted;
        }

        if (parameter.GetCustomAttribute<DurableClientAttribute>() is not null || parameter.ParameterType == typeof(DurableTaskClient))
        {
            return context.RequestServices.GetRequiredService<DurableTaskClient>();
        }

        if (context.GetRouteValue(parameter.Name!) is { } routeValue)
        {
            return TypeDescriptor.GetConverter(parameter.ParameterType).ConvertFromInvariantString(routeValue.ToString()!);
        }

        throw new InvalidOperationException(
            $"Function {route.FunctionName}: parameter '{parameter.Name}' of type {parameter.ParameterType.Name} has no loopback binding.");
    }
}
