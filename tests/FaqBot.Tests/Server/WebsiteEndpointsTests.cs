using System.Net;

namespace FaqBot.Tests.Server;

public sealed class WebsiteEndpointsTests
{
    [Fact]
    public async Task Root_Configured_ServesStyledChatPage()
    {
        await using var server = await FaqBotTestServer.StartAsync(
            ["Website:Title=Ask <Clinic>", "Website:AccentColor=#123ABC", "Website:BotAvatarInitials=RK",
             "Website:AllowedOrigins:0=https://clinic.example"], inMemory: true);

        using var response = await server.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Ask &lt;Clinic&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("#123ABC", html, StringComparison.Ordinal);
        Assert.Contains(">RK<", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"lib/webchat\\.[a-z0-9]+\\.js\">", html);
        Assert.Contains("https://clinic.example", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatBundle_Built_IsServedFromOwnOrigin()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);

        using var response = await server.Client.GetAsync("lib/webchat.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 1_000_000);
    }

    [Fact]
    public async Task Widget_Requested_ServesScriptWithConfiguration()
    {
        await using var server = await FaqBotTestServer.StartAsync(["Website:AccentColor=#654321"], inMemory: true);

        using var response = await server.Client.GetAsync("widget.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"accentColor\":\"#654321\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("FAQBOT_CONFIG", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_Started_LiveAndEventuallyReady()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);

        using var live = await server.Client.GetAsync("healthz");
        var ready = HttpStatusCode.ServiceUnavailable;
        // The index opens after the server listens: on a loaded machine that can take a while.
        for (var i = 0; i < 900 && ready != HttpStatusCode.OK; i++)
        {
            using var response = await server.Client.GetAsync("readyz");
            ready = response.StatusCode;
            if (ready != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready);
    }

    [Fact]
    public async Task Create_BadAccentColor_FailsAtStartupNamingTheKey()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => FaqBotTestServer.StartAsync(["Website:AccentColor=red"], inMemory: true));

        Assert.Contains("AccentColor", error.Message, StringComparison.Ordinal);
    }
}
