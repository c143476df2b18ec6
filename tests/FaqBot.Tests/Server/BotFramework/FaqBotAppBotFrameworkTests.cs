using System.Net;
using System.Text;
using FaqBot.Server;
using FaqBot.Tests.Bot.Connector;
using FaqBot.Tests.Bot.Teams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Server.BotFramework;

// The endpoint as wired into the real server (FaqBotApp), without MicrosoftAppId: local-testing mode.
public sealed class FaqBotAppBotFrameworkTests
{
    [Fact]
    public async Task Create_NoAppId_WarnsLoudlyAndAnswersUnauthenticatedTeamsMessage()
    {
        await using var connector = await MockConnectorServer.StartAsync();
        var logs = new ListLoggerProvider();
        await using var app = FaqBotApp.Create(
            ["--urls=http://127.0.0.1:0", $"--contentRoot={FaqBotTestServer.RepositoryRoot}", "--Index:SnapshotPath=", "--Storage:Provider=Memory",
             $"--DirectLine:TokenSigningKey={FaqBotTestServer.SigningKey}"],
            services => services.AddSingleton<ILoggerProvider>(logs));
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient();
        var activity = TeamsFixtures.Json("personal-message").Replace("https://smba.trafficmanager.net/emea/", connector.ServiceUrl, StringComparison.Ordinal);

        using var response = await http.PostAsync(baseUrl.TrimEnd('/') + "/api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("WITHOUT authentication", StringComparison.Ordinal));
        var reply = Assert.Single(connector.Calls, c => c.Json["type"]!.GetValue<string>() == "message");
        Assert.StartsWith("> ", reply.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await app.StopAsync();
    }
}
