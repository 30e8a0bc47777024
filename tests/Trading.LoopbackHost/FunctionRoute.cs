using System.Reflection;

namespace Trading.LoopbackHost;

/// <summary>One HTTP-triggered function: its name, HTTP methods, full route template and method.</summary>
public sealed record FunctionRoute(string FunctionName, IReadOnlyList<string> Methods, string RouteTemplate, Type FunctionClass, MethodInfo Method);
