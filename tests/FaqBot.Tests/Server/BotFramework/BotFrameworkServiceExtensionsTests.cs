using System.Net;
using System.Text;
using FaqBot.Server.BotFramework;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Tests.Channels.BotFramework.Connector;
using FaqBot.Tests.Bot.Teams;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Server.BotFramework;

public sealed class BotFrameworkServiceExtensionsTests
{
    [Fact]
    public async Task MapBotFramework_NoAppId_DoesNotServeTheEndpointNorCallAnyUrl()
    {
        await using var connector = await MockConnectorServer.StartAsync();
        var bot = new EchoBot();
        var logs = new ListLoggerProvider();
        var (app, baseUrl) = await BotFrameworkTestHost.StartAsync(new Dictionary<string, string?>(), bot, TimeProvider.System, logs);
        await using var _ = app;
        var json = TeamsFixtures.Json("personal-message").Replace("https://smba.trafficmanager.net/emea/", connector.ServiceUrl, StringComparison.Ordinal);
        using var http = new HttpClient();

        var response = await http.PostAsync(baseUrl + "/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Empty(connector.Calls);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("Teams channel off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MapBotFramework_NoAppIdWithLoopbackOptIn_WarnsLoudlyAndAnswersLocalCallerAtLoopbackServiceUrl()
    {
        await using var connector = await MockConnectorServer.StartAsync();
        var bot = new EchoBot();
        var logs = new ListLoggerProvider();
        var (app, baseUrl) = await BotFrameworkTestHost.StartAsync(LoopbackOptIn, bot, TimeProvider.System, logs);
        await using var _ = app;
        var json = TeamsFixtures.Json("personal-message").Replace("https://smba.trafficmanager.net/emea/", connector.ServiceUrl, StringComparison.Ordinal);
        using var http = new HttpClient();
        using var outbound = new OutboundHttpRecorder();

        var response = await http.PostAsync(baseUrl + "/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, Assert.Single(connector.Calls).Authorization);

        // The recorder the SSRF test relies on sees FaqBot's replies to a serviceUrl.
        Assert.True(outbound.Reached("127.0.0.1", new Uri(connector.ServiceUrl).Port), string.Join(", ", outbound.Requests));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("WITHOUT authentication", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MapBotFramework_NoAppIdWithLoopbackOptIn_RemoteServiceUrlRejectedWithoutOutboundCall()
    {
        // The SSRF probe: an unauthenticated activity naming another host must not make FaqBot post anywhere.
        await using var victim = await MockConnectorServer.StartAsync();
        var bot = new EchoBot();
        var (app, baseUrl) = await BotFrameworkTestHost.StartAsync(LoopbackOptIn, bot, TimeProvider.System, new ListLoggerProvider());
        await using var _ = app;
        var remote = victim.ServiceUrl.Replace("127.0.0.1", "127.0.0.1.nip.io", StringComparison.Ordinal);
        var json = TeamsFixtures.Json("personal-message").Replace("https://smba.trafficmanager.net/emea/", remote, StringComparison.Ordinal);
        using var http = new HttpClient();
        using var outbound = new OutboundHttpRecorder();

        var response = await http.PostAsync(baseUrl + "/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns);
        Assert.Empty(victim.Calls);

        // Whether or not the name resolves here, FaqBot did not even start a request to it.
        Assert.DoesNotContain(outbound.Requests, r => r.StartsWith("127.0.0.1.nip.io:", StringComparison.Ordinal));
    }

    [Fact]
    public void AddBotFramework_StaffTenantsWithoutAppId_RefusesToStartNamingBothKeys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:StaffTenantIds:0"] = TeamsFixtures.ClinicTenant,
        }).Build();

        using var provider = new ServiceCollection().AddBotFramework(configuration).BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<FaqBot.Bot.Teams.StaffAccessOptions>>().Value);
        Assert.Contains("Teams:StaffTenantIds", error.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotFramework_LoopbackOptInNotABoolean_ThrowsNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BotFramework:AllowUnauthenticatedLoopback"] = "yes please",
        }).Build();

        var error = Assert.Throws<BotFrameworkConfigurationException>(() => new ServiceCollection().AddBotFramework(configuration));

        Assert.Contains("BotFramework:AllowUnauthenticatedLoopback", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", null, "s3cret", "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("Sometimes", "t", "s3cret", "MicrosoftAppType")]
    public void AddBotFramework_BadConfiguration_ThrowsNamingTheKey(string appType, string? tenant, string? password, string key)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppTenantId"] = tenant,
            ["MicrosoftAppPassword"] = password,
        }).Build();

        var error = Assert.Throws<BotFrameworkConfigurationException>(() => new ServiceCollection().AddBotFramework(configuration));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void AddBotFramework_PlainHttpMetadata_RefusedOutsideDevelopment(bool isDevelopment, bool refused)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "s3cret",
            ["MicrosoftAppTenantId"] = "t",
            ["BotFramework:OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration",
        }).Build();

        var error = Record.Exception(() => new ServiceCollection().AddBotFramework(configuration, isDevelopment));

        if (refused)
        {
            Assert.Contains("BotFramework:OpenIdMetadataUrl", Assert.IsType<BotFrameworkConfigurationException>(error).Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(error);
        }
    }

    [Fact]
    public void AddBotFramework_UserAssignedMsiWithoutPassword_IsAccepted()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = "t",
        }).Build();

        var services = new ServiceCollection().AddBotFramework(configuration);

        Assert.Contains(services, d => d.ServiceType == typeof(FaqBot.Channels.BotFramework.Connector.BotFrameworkAdapter));
    }

    [Fact]
    public void AddBotFramework_StaffSection_BindsTenantList()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "s3cret",
            ["MicrosoftAppTenantId"] = "t",
            ["Teams:StaffTenantIds:0"] = TeamsFixtures.ClinicTenant,
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();

        var policy = provider.GetRequiredService<FaqBot.Bot.Teams.StaffAccessPolicy>();

        Assert.True(policy.IsStaff(TeamsFixtures.Load("personal-message")));
    }

    private static Dictionary<string, string?> LoopbackOptIn => new() { ["BotFramework:AllowUnauthenticatedLoopback"] = "true" };
}
