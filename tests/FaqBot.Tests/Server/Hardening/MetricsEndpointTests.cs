using System.Net;
using System.Net.Sockets;
using System.Text;
using FaqBot.Tests.Bot.Teams;
using FaqBot.Tests.Channels.BotFramework.Connector;

namespace FaqBot.Tests.Server.Hardening;

// The Prometheus scrape endpoint: off by default; on, it counts turns by kind, latency, storage health, the event
// buffer and group commits, with ASP.NET Core and runtime metrics, and never carries a message or an id.
public sealed class MetricsEndpointTests : IDisposable
{
    private const string SecretQuestion = "Zorblax quintuple flibbertigibbet tariff?";
    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-metrics-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Metrics_Default_NotServed()
    {
        await using var server = await FaqBotTestServer.StartAsync();

        using var response = await server.Client.GetAsync("metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_OnSeparatePort_CountsTurnsWithoutTextOrIdsAndOnlyThere()
    {
        var port = FreePort();
        await using var server = await FaqBotTestServer.StartAsync(
            ["Telemetry:Prometheus=true", $"Telemetry:PrometheusUrl=http://127.0.0.1:{port}", "Storage:Provider=Sqlite", $"Storage:DataFolder={_folder}"]);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        (await server.DirectLine.PostMessageAsync(conversationId, token, SecretQuestion)).Dispose();
        (await server.DirectLine.PostMessageAsync(conversationId, token, "I want to kill myself")).Dispose();
        var userId = DirectLineTestClient.DecodePayload(token)["user"]!.GetValue<string>();
        using var scrapeClient = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        var scrape = await ScrapeWhenTurnsCountedAsync(scrapeClient);
        using var onSitePort = await server.Client.GetAsync("metrics");
        using var siteOnScrapePort = await scrapeClient.GetAsync("/");

        Assert.Contains("faqbot_turns_total{", scrape, StringComparison.Ordinal);
        Assert.Contains("kind=\"abstain\"", scrape, StringComparison.Ordinal);
        // FaqBot's meter is static, so a test server running alongside in this process counts into the same
        // instruments while this one listens: at least this test's one abstention and one crisis reply are counted.
        Assert.Matches(@"faqbot_abstains_total\{[^}]*channel=""directline""[^}]*\} [1-9]\d*\b", scrape);
        Assert.Matches(@"faqbot_crisis_replies_total\{[^}]*reason=""urgent""[^}]*\} [1-9]\d*\b", scrape);
        Assert.Contains("faqbot_turn_duration_seconds_bucket{", scrape, StringComparison.Ordinal);
        Assert.Matches(@"faqbot_storage_available(_ratio)?\{[^}]*\} 1", scrape);
        Assert.Contains("faqbot_events_buffered", scrape, StringComparison.Ordinal);
        Assert.Contains("faqbot_storage_group_commit_size", scrape, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", scrape, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_", scrape, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorblax", scrape, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("kill", scrape, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(userId, scrape, StringComparison.Ordinal);
        Assert.DoesNotContain(conversationId, scrape, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, onSitePort.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, siteOnScrapePort.StatusCode);
    }

    // The HttpClient meter is process-wide (other tests' clients too): the reply's call is told apart by its port.
    [Fact]
    public async Task Metrics_TeamsReply_HttpClientInstrumentationCountsTheOutboundCall()
    {
        await using var connector = await MockConnectorServer.StartAsync();
        await using var server = await FaqBotTestServer.StartAsync(["Telemetry:Prometheus=true", "BotFramework:AllowUnauthenticatedLoopback=true"]);
        var activity = TeamsFixtures.Json("personal-message").Replace("https://smba.trafficmanager.net/emea/", connector.ServiceUrl, StringComparison.Ordinal);

        using var posted = await server.Client.PostAsync("api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));
        var port = new Uri(connector.ServiceUrl).Port;
        var scrape = string.Empty;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline && !scrape.Contains($"server_port=\"{port}\"", StringComparison.Ordinal);)
        {
            await Task.Delay(100);
            scrape = await server.Client.GetStringAsync("metrics");
        }

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.NotEmpty(connector.Calls);
        Assert.Matches($@"http_client_request_duration_seconds_count\{{[^}}]*server_port=""{port}""[^}}]*\}} [1-9]", scrape);
    }

    // A posted message is acknowledged before its turn ends, so the counters may trail the POST by a moment on a
    // loaded machine: scrape until both turns are counted (or 30 s pass, and the assertions say what is missing).
    private static async Task<string> ScrapeWhenTurnsCountedAsync(HttpClient scrapeClient)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var scrape = await scrapeClient.GetStringAsync("metrics");
            var counted = scrape.Contains("faqbot_abstains_total{", StringComparison.Ordinal)
                && scrape.Contains("faqbot_crisis_replies_total{", StringComparison.Ordinal);
            if (counted || DateTime.UtcNow > deadline)
            {
                return scrape;
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
