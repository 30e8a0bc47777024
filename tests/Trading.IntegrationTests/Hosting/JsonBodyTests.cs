using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Trading.Auth;
using Trading.Common;
using Trading.Functions.Http;

namespace Trading.IntegrationTests.Hosting;

/// <summary>
/// The request-body rules every JSON endpoint shares, exercised through HttpApi and JsonBody on a real
/// ASP.NET Core HttpContext; the endpoint tests of each feature repeat the important cases over HTTP.
/// </summary>
public sealed class JsonBodyTests
{
    private sealed record SampleRequest(decimal? Amount, string? Symbol);

    public static TheoryData<string?, string, HttpStatusCode, string, string> BadBodies => new()
    {
        { "application/json", "{\"amount\": 1", HttpStatusCode.BadRequest, "validation-failed", "amount" },
        { "application/json", "not json", HttpStatusCode.BadRequest, "validation-failed", "body" },
        { "application/json", "", HttpStatusCode.BadRequest, "validation-failed", "body" },
        { "application/json", "null", HttpStatusCode.BadRequest, "validation-failed", "body" },
        { "application/json", "[1, 2]", HttpStatusCode.BadRequest, "validation-failed", "body" },
        { "application/json", "{\"amount\": 1, \"colour\": \"red\"}", HttpStatusCode.BadRequest, "validation-failed", "colour" },
        { "application/json", "{\"amount\": \"NaN\"}", HttpStatusCode.BadRequest, "validation-failed", "amount" },
        { "application/json", "{\"amount\": \"10\"}", HttpStatusCode.BadRequest, "validation-failed", "amount" },
        { "application/json", "{\"amount\": 1e309}", HttpStatusCode.BadRequest, "validation-failed", "amount" },
        { "application/json", "{\"amount\": true}", HttpStatusCode.BadRequest, "validation-failed", "amount" },
        { "application/json", "{\"symbol\": 12}", HttpStatusCode.BadRequest, "validation-failed", "symbol" },
        { "application/json", "{\"amount\": 1, \"amount\": 2}", HttpStatusCode.BadRequest, "validation-failed", "amount" },
        { "application/json", "{\"Amount\": 1}", HttpStatusCode.BadRequest, "validation-failed", "Amount" },
        { "text/plain", "{\"amount\": 1}", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "Content-Type" },
        { null, "{\"amount\": 1}", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "Content-Type" },
        { "application/json; charset=latin1", "{\"amount\": 1}", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "Content-Type" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task ReadAsync_BadBody_ReturnsProblemNamingField(string? contentType, string body, HttpStatusCode status, string code, string field)
    {
        var context = CreateContext(contentType, Encoding.UTF8.GetBytes(body));

        var (actualStatus, document) = await RunAsync(context);

        Assert.Equal((int)status, actualStatus);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        Assert.Equal(Problems.TypeUri(code), document.RootElement.GetProperty("type").GetString());
        Assert.True(document.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {document.RootElement}");
    }

    [Fact]
    public async Task ReadAsync_DuplicateField_MessageNamesField()
    {
        var context = CreateContext("application/json", Encoding.UTF8.GetBytes("{\"amount\": 1, \"amount\": 2}"));

        var (_, document) = await RunAsync(context);
        var message = document.RootElement.GetProperty("errors").GetProperty("amount")[0].GetString();

        Assert.Equal("The field 'amount' appears more than once.", message);
        Assert.DoesNotContain(nameof(SampleRequest), document.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OversizedBody_Returns413()
    {
        var body = Encoding.UTF8.GetBytes("{\"symbol\": \"" + new string('A', JsonBody.DefaultLimitBytes) + "\"}");
        var context = CreateContext("application/json", body);

        var (status, document) = await RunAsync(context);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, status);
        Assert.Equal(Problems.TypeUri("payload-too-large"), document.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ReadAsync_OversizedChunkedBody_Returns413()
    {
        var body = Encoding.UTF8.GetBytes("{\"symbol\": \"" + new string('A', JsonBody.DefaultLimitBytes) + "\"}");
        var context = CreateContext("application/json", body);
        context.Request.ContentLength = null;

        var (status, _) = await RunAsync(context);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, status);
    }

    [Fact]
    public async Task ReadAsync_ValidBody_ReturnsValues()
    {
        var context = CreateContext("application/json; charset=utf-8", Encoding.UTF8.GetBytes("{\"amount\": 12.50, \"symbol\": \"AAPL\"}"));

        var request = await JsonBody.ReadAsync<SampleRequest>(context.Request, CancellationToken.None);

        Assert.Equal(12.50m, request.Amount);
        Assert.Equal("AAPL", request.Symbol);
    }

    [Fact]
    public async Task ReadAsync_BodyWithByteOrderMark_ReturnsValues()
    {
        byte[] body = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("{\"amount\": 12.50, \"symbol\": \"AAPL\"}")];
        var context = CreateContext("application/json", body);

        var request = await JsonBody.ReadAsync<SampleRequest>(context.Request, CancellationToken.None);

        Assert.Equal(12.50m, request.Amount);
        Assert.Equal("AAPL", request.Symbol);
    }

    [Theory]
    [InlineData("", "body")]
    [InlineData("{\"amount\": \"10\"}", "amount")]
    [InlineData("\uFEFF{\"amount\": 1}", "body")]
    public async Task ReadAsync_BadBodyAfterByteOrderMark_ReturnsProblemNamingField(string afterMark, string field)
    {
        byte[] body = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(afterMark)];
        var context = CreateContext("application/json", body);

        var (status, document) = await RunAsync(context);

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.True(document.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {document.RootElement}");
    }

    [Fact]
    public async Task RunAuthenticated_NoAuthorizationHeader_Returns401WithChallenge()
    {
        var context = CreateContext("application/json", Encoding.UTF8.GetBytes("{}"));
        var api = new HttpApi(new RejectingValidator(), NullLogger<HttpApi>.Instance);

        var result = await api.RunAuthenticatedAsync(context.Request, _ => Task.FromResult<IActionResult>(JsonResponse.Ok(new { })));
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Equal("Bearer", context.Response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public async Task Run_UnexpectedException_Returns500WithoutDetail()
    {
        var context = CreateContext("application/json", Encoding.UTF8.GetBytes("{}"));
        var api = new HttpApi(new RejectingValidator(), NullLogger<HttpApi>.Instance);

        var result = await api.RunAsync(context.Request, () => throw new InvalidOperationException("secret connection string"));
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }

    private static DefaultHttpContext CreateContext(string? contentType, byte[] body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/v1/sample";
        context.Request.ContentType = contentType;
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static async Task<(int Status, JsonDocument Document)> RunAsync(DefaultHttpContext context)
    {
        var api = new HttpApi(new RejectingValidator(), NullLogger<HttpApi>.Instance);
        var result = await api.RunAsync(context.Request, async () =>
        {
            await JsonBody.ReadAsync<SampleRequest>(context.Request, CancellationToken.None);
            return JsonResponse.Ok(new { });
        });

        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await JsonDocument.ParseAsync(context.Response.Body));
    }

    /// <summary>These tests never reach token validation with a real token; any call is a test bug.</summary>
    private sealed class RejectingValidator : IAccessTokenValidator
    {
        public Task<AuthenticatedUser> ValidateAsync(string accessToken, CancellationToken cancellationToken) =>
            throw DomainException.Unauthenticated("No token is valid in this test.");
    }
}
