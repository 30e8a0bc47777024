using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Trading.Common;

namespace Trading.Functions.Http;

/// <summary>
/// A successful JSON response written with the API's serializer settings, so the Functions host and the
/// loopback test host produce byte-identical bodies without depending on MVC's JSON configuration.
/// </summary>
public sealed class JsonResponse(object body, int status = StatusCodes.Status200OK) : IActionResult
{
    public object Body { get; } = body;

    public int Status { get; } = status;

    public string? Location { get; init; }

    public Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = Status;
        response.ContentType = "application/json; charset=utf-8";

        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        return JsonSerializer.SerializeAsync(response.Body, Body, Body.GetType(), TradingJson.Options, context.HttpContext.RequestAborted);
    }

    public static JsonResponse Ok(object body) => new(body);

    public static JsonResponse Created(object body, string? location = null) => new(body, StatusCodes.Status201Created) { Location = location };
}
