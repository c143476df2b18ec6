using System.Net;
using System.Text;
using FaqBot.Server;
using FaqBot.Server.BotFramework;
using FaqBot.Tests.Channels.BotFramework.Connector;
using FaqBot.Tests.Bot.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Server.BotFramework;

// The endpoint as wired into the real server (FaqBotApp) without MicrosoftAppId: closed unless the loopback opt-in is set.
public sealed class FaqBotAppBotFrameworkTests
{
    [Fact]
    public async Task Create_ShippedDefaultsWithoutAppId_ApiMessagesIs404AndNothingLeavesFaqBot()
    {
        await using var connector = await MockConnectorServer.StartAsync();
        await using var app = await StartAsync(new ListLoggerProvider());
        using var http = new HttpClient();

        using var response = await PostAsync(http, app, Activity(connector));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Create_LoopbackOptIn_WarnsLoudlyAndAnswersLocalTeamsMessage()
    {
        await using var connector = await MockConnectorServer.StartAsync();
        var logs = new ListLoggerProvider();
        await using var app = await StartAsync(logs, "--BotFramework:AllowUnauthenticatedLoopback=true");
        using var http = new HttpClient();

        using var response = await PostAsync(http, app, Activity(connector));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("WITHOUT authentication", StringComparison.Ordinal));
        var reply = Assert.Single(connector.Calls, c => c.Json["type"]!.GetValue<string>() == "message");
        Assert.StartsWith("> ", reply.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_LoopbackOptIn_ClientBehindLocalProxyIsRefused()
    {
        // A local reverse proxy forwards a remote visitor: after forwarded headers the caller is not on this machine.
        await using var connector = await MockConnectorServer.StartAsync();
        await using var app = await StartAsync(new ListLoggerProvider(), "--BotFramework:AllowUnauthenticatedLoopback=true");
        using var http = new HttpClient();

        using var response = await PostAsync(http, app, Activity(connector), forwardedFor: "203.0.113.7");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Start_StaffTenantsWithoutAppId_RefusesToStart()
    {
        await using var app = FaqBotApp.Create(
            [.. BaseArguments, "--BotFramework:AllowUnauthenticatedLoopback=true", $"--Teams:StaffTenantIds:0={TeamsFixtures.ClinicTenant}"]);
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Teams:StaffTenantIds", error.Message, StringComparison.Ordinal);
    }

    private static string[] BaseArguments =>
    [
        "--urls=http://127.0.0.1:0", $"--contentRoot={FaqBotTestServer.RepositoryRoot}", "--Index:Path=", "--Storage:Provider=Memory",
        $"--DirectLine:TokenSigningKey={FaqBotTestServer.SigningKey}",
    ];

    private static async Task<WebApplication> StartAsync(ListLoggerProvider logs, params string[] extra)
    {
        var app = FaqBotApp.Create([.. BaseArguments, .. extra], services => services.AddSingleton<ILoggerProvider>(logs));
        await app.StartAsync();
        return app;
    }

    private static string Activity(MockConnectorServer connector) =>
        TeamsFixtures.Json("personal-message").Replace("https://smba.trafficmanager.net/emea/", connector.ServiceUrl, StringComparison.Ordinal);

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, WebApplication app, string activity, string? forwardedFor = null)
    {
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var request = new HttpRequestMessage(HttpMethod.Post, baseUrl.TrimEnd('/') + "/api/messages")
        {
            Content = new StringContent(activity, Encoding.UTF8, "application/json"),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return http.SendAsync(request);
    }
}
