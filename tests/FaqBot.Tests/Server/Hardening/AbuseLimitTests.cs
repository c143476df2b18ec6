using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Server.Hardening;

public sealed class AbuseLimitTests
{
    [Fact]
    public async Task TokenGenerate_IPv6_CountedPerSlash64()
    {
        // 4 a minute, bursts of 1. The test client is a loopback proxy, so X-Forwarded-For is believed.
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:TokenRequestsPerMinute=4"]);

        var first = await GenerateFromAsync(server, "2001:db8:1:2::1");
        var sameNetwork = await GenerateFromAsync(server, "2001:db8:1:2:ffff:eeee:dddd:cccc");
        var otherNetwork = await GenerateFromAsync(server, "2001:db8:1:3::1");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork);
        Assert.Equal(HttpStatusCode.OK, otherNetwork);
    }

    [Fact]
    public async Task StartConversation_OverServerWideBudget_429EvenFromNewAddresses()
    {
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:NewConversationsPerMinute=2"]);
        var started = new List<HttpStatusCode>();
        string? firstToken = null;
        for (var i = 1; i <= 3; i++)
        {
            var token = await TokenFromAsync(server, $"192.0.2.{i}");
            firstToken ??= token;
            using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token);
            started.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        // Starting a conversation that exists already is not a new one.
        using var again = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", firstToken);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], started);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task ApiMessages_OverClientBudget_429WithRetryAfter()
    {
        // A clock that stands still: the announced wait is exact only if no time passes between the requests.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await FaqBotTestServer.StartAsync(
            ["BotFramework:AllowUnauthenticatedLoopback=true", "RateLimiting:BotRequestsPerMinute=8"], clock);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await server.Client.PostAsync("api/messages", new StringContent(
                """{"type":"typing","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/"}""", Encoding.UTF8, "application/json"));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(TimeSpan.FromSeconds(8), last!.Headers.RetryAfter?.Delta);
        last.Dispose();
    }

    [Fact]
    public async Task PostActivity_HugeChannelDataAndEntities_StoredWithOnlyWhatWebChatUses()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var padding = new string('x', 5_000);
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            text = "hello",
            locale = "en-US" + padding,
            from = new { id = "dl_x", name = "Ana" + padding },
            channelData = new { clientActivityID = "c-77", junk = padding },
            entities = new[] { new { type = "clientCapabilities", junk = padding } },
            attachments = new[] { new { contentType = "text/plain", content = padding } },
            somethingElse = padding,
        });

        using var posted = await server.DirectLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, body);
        var activities = (await server.DirectLine.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        var echo = activities.Single(a => a!["text"]?.GetValue<string>() == "hello")!;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.True(echo.ToJsonString().Length < 1000, echo.ToJsonString().Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("""{"clientActivityID":"c-77"}""", echo["channelData"]!.ToJsonString());
        Assert.Null(echo["entities"]);
        Assert.Null(echo["attachments"]);
        Assert.Null(echo["somethingElse"]);
        Assert.Equal(64, echo["from"]!["name"]!.GetValue<string>().Length);
    }

    private static async Task<HttpStatusCode> GenerateFromAsync(FaqBotTestServer server, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate");
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await server.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<string> TokenFromAsync(FaqBotTestServer server, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate");
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await server.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await DirectLineTestClient.ReadAsync(response))["token"]!.GetValue<string>();
    }
}
