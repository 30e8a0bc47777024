using Microsoft.Extensions.Options;
using Trading.IntegrationTests.Support;
using Trading.LoopbackHost;

namespace Trading.IntegrationTests.Hosting;

public sealed class StartupValidationTests
{
    public static TheoryData<string, string?, string> BadSettings => new()
    {
        { "Cosmos:Endpoint", null, "Cosmos__Endpoint" },
        { "Cosmos:Endpoint", "http://127.0.0.1:8081/", "Cosmos__Endpoint" },
        { "Cosmos:Endpoint", "not a url", "Cosmos__Endpoint" },
        { "Cosmos:Key", null, "Cosmos__Key" },
        { "Cosmos:Key", "not base64!", "Cosmos__Key" },
        { "Cosmos:Database", "", "Cosmos__Database" },
        { "Storage:ConnectionString", null, "Storage__ConnectionString" },
        { "Storage:ConnectionString", "garbage", "Storage__ConnectionString" },
        { "Storage:BacktestContainer", "Bad_Name", "Storage__BacktestContainer" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Start_BadSetting_FailsNamingSetting(string key, string? value, string settingName)
    {
        var settings = TestEnvironment.AppSettings("startup-validation");
        settings[key] = value;

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => LoopbackFunctionHost.StartAsync(settings));

        Assert.Contains(settingName, exception.Message, StringComparison.Ordinal);
    }
}
