using System.Net;

namespace Trading.IntegrationTests.Auth;

/// <summary>Bad input to each auth endpoint: the status, the field named in <c>errors</c>, and no stored change.</summary>
public sealed class AuthBadInputTests(AuthApiFixture api) : IClassFixture<AuthApiFixture>, IAsyncLifetime
{
    private const string Password = AuthClient.GoodPassword;
    private static readonly string TenKilobytes = new('a', 10 * 1024);

    private readonly AuthClient client = new(api.Client);
    private Session owner = null!;

    public async Task InitializeAsync()
    {
        // Idempotent across the class's tests: the first test registers, the others find the user taken.
        await client.RegisterAsync("Existing-User");
        owner = await client.LoginSessionAsync("existing-user");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, string, HttpStatusCode, string> BadRequests() => new()
    {
        // route, JSON body, content type, expected status, field named in errors. JSON cut off inside a
        // member names that member; JSON broken before any member names the body.
        { "register", """{"password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "register", """{"username":"new-user"}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "register", """{"username":null,"password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "register", """{"username":123,"password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "register", """{"username":"new-user","password":["x"]}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "register", """{"username":"","password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "register", """{"username":"new-user","password":""}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "register", $$"""{"username":"{{TenKilobytes}}","password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "register", $$"""{"username":"new-user","password":"{{TenKilobytes}}"}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "register", """{"username":"new\u0001user","password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "register", """{"username":"new-user","password":"correct horse\u0007battery"}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "register", """{"username":"new-user","password":"short"}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "register", """{"username":"Same-As-Password","password":"same-as-password"}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "register", """{"username":"EXISTING-USER","password":"correct horse battery staple"}""", "application/json", HttpStatusCode.Conflict, "username" },
        { "register", """{"username":"new-user","password":""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "register", """{"username" "new-user"}""", "application/json", HttpStatusCode.BadRequest, "body" },
        { "register", """{"username":"new-user","password":"correct horse battery staple","role":"admin"}""", "application/json", HttpStatusCode.BadRequest, "role" },
        { "register", """{"username":"new-user","password":"correct horse battery staple"}""", "text/plain", HttpStatusCode.UnsupportedMediaType, "Content-Type" },
        { "register", "null", "application/json", HttpStatusCode.BadRequest, "body" },
        { "login", """{"password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "login", """{"username":"existing-user"}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "login", """{"username":false,"password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "login", """{"username":"existing-user","password":12}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "login", """{"username":"","password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "login", """{"username":"existing-user","password":""}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "login", $$"""{"username":"{{TenKilobytes}}","password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "login", $$"""{"username":"existing-user","password":"{{TenKilobytes}}"}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "login", """{"username":"existing\u0000user","password":"correct horse battery staple"}""", "application/json", HttpStatusCode.BadRequest, "username" },
        { "login", """{"username":"existing-user","password":"correct\u001bhorse"}""", "application/json", HttpStatusCode.BadRequest, "password" },
        { "login", "{", "application/json", HttpStatusCode.BadRequest, "body" },
        { "login", """{"username":"existing-user","password":"x","remember_me":true}""", "application/json", HttpStatusCode.BadRequest, "remember_me" },
        { "login", """{"username":"existing-user","password":"correct horse battery staple"}""", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "Content-Type" },
        { "refresh", "{}", "application/json", HttpStatusCode.BadRequest, "refresh_token" },
        { "refresh", """{"refresh_token":42}""", "application/json", HttpStatusCode.BadRequest, "refresh_token" },
        { "refresh", """{"refresh_token":""}""", "application/json", HttpStatusCode.BadRequest, "refresh_token" },
        { "refresh", $$"""{"refresh_token":"{{TenKilobytes}}"}""", "application/json", HttpStatusCode.BadRequest, "refresh_token" },
        { "refresh", """{"refresh_token":"abc\ndef"}""", "application/json", HttpStatusCode.BadRequest, "refresh_token" },
        { "refresh", """{"refresh_token":"abc","token":"abc"}""", "application/json", HttpStatusCode.BadRequest, "token" },
        { "refresh", """{"refresh_token":"abc""", "application/json", HttpStatusCode.BadRequest, "refresh_token" },
        { "refresh", "refresh_token=abc", "application/json", HttpStatusCode.BadRequest, "body" },
        { "refresh", """{"refresh_token":"abc"}""", "text/json", HttpStatusCode.UnsupportedMediaType, "Content-Type" },
        { "logout", "{}", "application/json", HttpStatusCode.BadRequest, "token" },
        { "logout", """{"token":{"value":"x"}}""", "application/json", HttpStatusCode.BadRequest, "token" },
        { "logout", """{"token":""}""", "application/json", HttpStatusCode.BadRequest, "token" },
        { "logout", $$"""{"token":"{{TenKilobytes}}"}""", "application/json", HttpStatusCode.BadRequest, "token" },
        { "logout", """{"token":"abc\u0002def"}""", "application/json", HttpStatusCode.BadRequest, "token" },
        { "logout", """{"token":"not-a-jwt"}""", "application/json", HttpStatusCode.BadRequest, "token" },
        { "logout", """{"token":"x","everywhere":true}""", "application/json", HttpStatusCode.BadRequest, "everywhere" },
        { "logout", "[1,2", "application/json", HttpStatusCode.BadRequest, "body" },
        { "logout", """{"token":"x"}""", "text/plain", HttpStatusCode.UnsupportedMediaType, "Content-Type" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Endpoint_BadInput_NamesFieldAndWritesNothing(string route, string json, string contentType, HttpStatusCode status, string field)
    {
        var before = await StoredDocuments.AuthIdsAsync(api.Host);
        var bearer = route == "logout" ? owner.AccessToken : null;

        var response = await client.PostAsync(route, json, bearer, contentType);

        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal([field], response.ErrorFields);
        Assert.Equal(before, await StoredDocuments.AuthIdsAsync(api.Host));
    }

    [Fact]
    public async Task Login_UnknownOrWrong_SameBody()
    {
        var wrongPassword = await client.LoginAsync("existing-user", "wrong password here");
        var unknownUser = await client.LoginAsync("nobody-here", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.Status);
        Assert.Equal(wrongPassword.Text, unknownUser.Text);
        Assert.Equal("/problems/invalid-credentials", wrongPassword.String("type"));
        Assert.Equal("Bearer", unknownUser.Headers.WwwAuthenticate.Single().Scheme);

        // A success resets the failure count the wrong password added.
        await client.LoginSessionAsync("existing-user");
    }

    [Fact]
    public async Task Refresh_UnknownToken_Returns401()
    {
        var response = await client.RefreshAsync("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("/problems/invalid-refresh-token", response.String("type"));
    }
}
