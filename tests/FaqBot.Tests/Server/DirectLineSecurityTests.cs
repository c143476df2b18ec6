using System.Net;
using System.Security.Cryptography;
using System.Text;
using FaqBot.Server.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Server;

public sealed class DirectLineSecurityTests
{
    [Fact]
    public async Task PostActivity_NoAuthorization_Returns401()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var (conversationId, _) = await server.DirectLine.StartAsync();

        using var response = await server.DirectLine.PostMessageAsync(conversationId, null!, "hi");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", (await DirectLineTestClient.ReadAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetActivities_OtherConversationsToken_Returns403RevealingNothing()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var (victimId, _) = await server.DirectLine.StartAsync();
        var (_, attackerToken) = await server.DirectLine.StartAsync();

        using var existing = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{victimId}/activities", attackerToken);
        using var missing = await server.DirectLine.SendAsync(HttpMethod.Get, "conversations/doesNotExist/activities", attackerToken);

        Assert.Equal(HttpStatusCode.Forbidden, existing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(await existing.Content.ReadAsStringAsync(), await missing.Content.ReadAsStringAsync());
        Assert.DoesNotContain(victimId, await existing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_OtherConversationsToken_Returns403AndStoresNothing()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var (victimId, victimToken) = await server.DirectLine.StartAsync();
        var (_, attackerToken) = await server.DirectLine.StartAsync();

        using var response = await server.DirectLine.PostMessageAsync(victimId, attackerToken, "injected");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var activities = (await server.DirectLine.GetActivitiesAsync(victimId, victimToken))["activities"]!.AsArray();
        Assert.DoesNotContain(activities, a => a!["text"]?.GetValue<string>() == "injected");
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("alg-none")]
    [InlineData("alg-hs512")]
    [InlineData("garbage")]
    [InlineData("stream-token")]
    public async Task GetActivities_InvalidToken_Returns403(string kind)
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var streamUrl = await StreamUrlAsync(server, token);
        var bad = kind switch
        {
            "forged" => Sign(Header("HS256"), Payload(token), "some-other-key-0123456789abcdef0123456789"),
            "alg-none" => Header("none") + "." + Payload(token) + ".",
            "alg-hs512" => Sign(Header("HS512"), Payload(token), FaqBotTestServer.SigningKey),
            "stream-token" => Uri.UnescapeDataString(streamUrl[(streamUrl.IndexOf("t=", StringComparison.Ordinal) + 2)..]),
            _ => "not.a.jwt",
        };

        using var response = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", bad);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Forbidden", (await DirectLineTestClient.ReadAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetActivities_ExpiredToken_Returns403TokenExpired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await FaqBotTestServer.StartAsync(timeProvider: clock);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        clock.Advance(TimeSpan.FromMinutes(31));

        using var response = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineTestClient.ReadAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_MalformedJson_Returns400()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, "{\"type\":");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (await DirectLineTestClient.ReadAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_UnknownConversation_Returns404()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var (conversationId, token) = await server.DirectLine.GenerateTokenAsync();

        using var response = await server.DirectLine.PostMessageAsync(conversationId, token, "hi");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_TextTooLong_Returns413()
    {
        await using var server = await FaqBotTestServer.StartAsync(["DirectLine:MaxTextLength=100"]);
        var (conversationId, token) = await server.DirectLine.StartAsync();

        using var response = await server.DirectLine.PostMessageAsync(conversationId, token, new string('a', 101));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_BodyTooLarge_Returns413()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var body = "{\"type\":\"message\",\"channelData\":{\"pad\":\"" + new string('x', 700_000) + "\"}}";

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_TooManyInOneConversation_Returns429()
    {
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:MessageBurst=2", "RateLimiting:MessagesPerMinute=1"]);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            using var response = await server.DirectLine.PostMessageAsync(conversationId, token, $"q{i}", $"c{i}");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task StartConversation_TooManyLive_Returns503()
    {
        await using var server = await FaqBotTestServer.StartAsync(["DirectLine:MaxConversations=1"]);
        await server.DirectLine.StartAsync();
        var (_, token) = await server.DirectLine.GenerateTokenAsync();

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task GetActivities_IdleConversationExpired_Returns404()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await FaqBotTestServer.StartAsync(["DirectLine:ConversationIdleMinutes=5"], clock);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var store = server.App.Services.GetRequiredService<ConversationStore>();
        clock.AdjustTime(clock.GetUtcNow().AddMinutes(6)); // only "now" moves: the sweeper's timer stays put, this test sweeps itself

        var removed = await store.RemoveIdleAsync(clock.GetUtcNow() - TimeSpan.FromMinutes(5), CancellationToken.None);
        using var response = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token);

        Assert.Equal(1, removed);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task Preflight_AllowedOrigin_GetsCorsHeaders()
    {
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=https://clinic.example"]);

        using var allowed = await server.Client.SendAsync(Preflight("https://clinic.example"));
        using var other = await server.Client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal("https://clinic.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var headers = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-requested-with", headers, StringComparison.Ordinal);
        Assert.Contains("x-ms-bot-agent", headers, StringComparison.Ordinal);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, DirectLineTestClient.Base + "conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        return request;
    }

    private static async Task<string> StreamUrlAsync(FaqBotTestServer server, string token)
    {
        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token);
        return (await DirectLineTestClient.ReadAsync(response))["streamUrl"]!.GetValue<string>();
    }

    private static string Header(string alg) =>
        System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"alg":"{{alg}}","typ":"JWT"}"""));

    private static string Payload(string token) => token.Split('.')[1];

    private static string Sign(string header, string payload, string key)
    {
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + System.Buffers.Text.Base64Url.EncodeToString(signature);
    }
}
