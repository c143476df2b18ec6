using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Server;

public sealed class DirectLineTokenTests
{
    [Fact]
    public async Task Generate_NoAuthorization_ReturnsTokenBoundToNewConversation()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);

        using var first = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", null);
        using var second = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var a = await DirectLineTestClient.ReadAsync(first);
        var b = await DirectLineTestClient.ReadAsync(second);
        Assert.NotEqual(a["conversationId"]!.GetValue<string>(), b["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, a["expires_in"]!.GetValue<int>());
        var claims = DirectLineTestClient.DecodePayload(a["token"]!.GetValue<string>());
        Assert.Equal(a["conversationId"]!.GetValue<string>(), claims["conv"]!.GetValue<string>());
        Assert.StartsWith("dl_", claims["user"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithSecret_UsesRequestedUserId()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", FaqBotTestServer.Secret,
            """{"user":{"id":"dl_partner42","name":"Partner"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await DirectLineTestClient.ReadAsync(response))["token"]!.GetValue<string>();
        Assert.Equal("dl_partner42", DirectLineTestClient.DecodePayload(token)["user"]!.GetValue<string>());
    }

    [Fact]
    public async Task Generate_WithWrongSecret_Returns403WithErrorBody()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", "not-the-secret");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await DirectLineTestClient.ReadAsync(response))["error"]!;
        Assert.Equal("Forbidden", error["code"]!.GetValue<string>());
        Assert.NotEmpty(error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Generate_MalformedBody_Returns400()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", null, "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidToken_ReturnsNewTokenForSameConversation()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await FaqBotTestServer.StartAsync(timeProvider: clock, inMemory: true);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        clock.Advance(TimeSpan.FromMinutes(20));

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await DirectLineTestClient.ReadAsync(response);
        var refreshed = json["token"]!.GetValue<string>();
        Assert.NotEqual(token, refreshed);
        Assert.Equal(conversationId, json["conversationId"]!.GetValue<string>());
        clock.Advance(TimeSpan.FromMinutes(20));
        var activities = await server.DirectLine.GetActivitiesAsync(conversationId, refreshed);
        Assert.NotEmpty(activities["activities"]!.AsArray());
    }

    [Fact]
    public async Task Refresh_ExpiredToken_Returns403TokenExpired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await FaqBotTestServer.StartAsync(timeProvider: clock, inMemory: true);
        var (_, token) = await server.DirectLine.GenerateTokenAsync();
        clock.Advance(TimeSpan.FromMinutes(31));

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineTestClient.ReadAsync(response))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Generate_TooManyFromOneClient_Returns429WithRetryAfter()
    {
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:TokenRequestsPerMinute=2"], inMemory: true);
        using var first = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", null);

        using var second = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("TooManyRequests", (await DirectLineTestClient.ReadAsync(second))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Generate_RateLimitingDisabled_NeverReturns429()
    {
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:TokenRequestsPerMinute=2", "RateLimiting:Enabled=false"], inMemory: true);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 5; i++)
        {
            using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/generate", null);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Create_ShortSigningKey_FailsAtStartupNamingTheKey()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => FaqBotTestServer.StartAsync(["DirectLine:TokenSigningKey=short"], inMemory: true));

        Assert.Contains("DirectLine:TokenSigningKey", error.Message, StringComparison.Ordinal);
    }
}
