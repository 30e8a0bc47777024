using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Trading.LoopbackHost;

/// <summary>
/// Registers the app's <c>[OrchestrationTrigger]</c> and <c>[ActivityTrigger]</c> functions with the
/// in-process Durable Task host under their function names, as the Functions host does.
/// </summary>
/// <remarks>
/// The in-process host hands the orchestrator its input as the registered input type and its
/// <c>GetInput&lt;T&gt;()</c> is a plain cast, so orchestrators take their input as a second parameter
/// (the style the Durable isolated worker also resolves) and are registered with that type.
/// </remarks>
public sealed class DurableFunctionRegistration(Assembly functionsAssembly)
{
    private IServiceProvider? services;

    /// <summary>Set once the host is built; activities and instance orchestrators resolve their classes from it.</summary>
    public void Attach(IServiceProvider provider) => services = provider;

    public void Register(DurableTaskRegistry registry)
    {
        foreach (var type in functionsAssembly.GetTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
                {
                    continue;
                }

                var parameters = method.GetParameters();
                if (parameters.Any(parameter => parameter.GetCustomAttribute<OrchestrationTriggerAttribute>() is not null))
                {
                    RegisterOrchestrator(registry, function.Name, method, parameters);
                }
                else if (parameters.FirstOrDefault(parameter => parameter.GetCustomAttribute<ActivityTriggerAttribute>() is not null) is { } trigger)
                {
                    RegisterActivity(registry, function.Name, method, trigger.ParameterType);
                }
            }
        }
    }

    private void RegisterOrchestrator(DurableTaskRegistry registry, string name, MethodInfo method, ParameterInfo[] parameters)
    {
        var inputType = parameters.Length > 1 ? parameters[1].ParameterType : typeof(object);
        var outputType = ResultType(method);
        typeof(DurableFunctionRegistration)
            .GetMethod(nameof(AddOrchestrator), BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(inputType, outputType)
            .Invoke(this, [registry, name, method]);
    }

    private void RegisterActivity(DurableTaskRegistry registry, string name, MethodInfo method, Type inputType)
    {
        typeof(DurableFunctionRegistration)
            .GetMethod(nameof(AddActivity), BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(inputType, ResultType(method))
            .Invoke(this, [registry, name, method]);
    }

    private void AddOrchestrator<TInput, TOutput>(DurableTaskRegistry registry, string name, MethodInfo method) =>
        registry.AddOrchestratorFunc<TInput, TOutput>(name, (context, input) =>
        {
            var arguments = method.GetParameters().Length > 1 ? new object?[] { context, input } : [context];
            return InvokeAsync<TOutput>(method, arguments);
        });

    private void AddActivity<TInput, TOutput>(DurableTaskRegistry registry, string name, MethodInfo method) =>
        registry.AddActivityFunc<TInput, TOutput>(name, async (_, input) =>
        {
            var arguments = method.GetParameters()
                .Select(parameter => parameter.GetCustomAttribute<ActivityTriggerAttribute>() is not null ? input
                    : parameter.ParameterType == typeof(CancellationToken) ? (object)CancellationToken.None
                    : throw new InvalidOperationException($"Activity {name}: parameter '{parameter.Name}' has no loopback binding."))
                .ToArray();

            return await InvokeAsync<TOutput>(method, arguments);
        });

    private async Task<TOutput> InvokeAsync<TOutput>(MethodInfo method, object?[] arguments)
    {
        var provider = services ?? throw new InvalidOperationException("The loopback host has not attached its services yet.");
        await using var scope = provider.CreateAsyncScope();
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, method.DeclaringType!);

        var returned = method.Invoke(instance, arguments);
        switch (returned)
        {
            case Task<TOutput> typed:
                return await typed;
            case Task task:
                await task;
                return default!;
            default:
                return (TOutput)returned!;
        }
    }

    private static Type ResultType(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (returnType == typeof(Task) || returnType == typeof(void))
        {
            return typeof(object);
        }

        return returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? returnType.GetGenericArguments()[0]
            : returnType;
    }
}
