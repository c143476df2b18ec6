using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Server.Hardening;

public sealed class ResponseHeadersTests
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/chat.js")]
    [InlineData("GET", "/widget.js")]
    [InlineData("GET", "/no-such-page")]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("GET", "/v3/directline/conversations/x/activities")]
    public async Task AnyResponse_NoSniff(string method, string path)
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);

        using var response = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task AnyResponseOnKestrel_NoServerHeader()
    {
        // On a real port, not in memory: the Server header is Kestrel's own (TestServer never writes one).
        await using var server = await FaqBotTestServer.StartAsync();

        foreach (var (method, path) in new[] { ("GET", "/"), ("GET", "/healthz"), ("GET", "/no-such-page"), ("POST", "/v3/directline/tokens/generate") })
        {
            using var response = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

            Assert.False(response.Headers.Contains("Server"), $"{method} {path}: Server: {string.Join(",", response.Headers.Server)}");
        }
    }

    [Fact]
    public async Task TokenCarryingResponses_CacheControlNoStore()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);
        using var generated = await server.Client.PostAsync("v3/directline/tokens/generate", null);
        var json = await DirectLineTestClient.ReadAsync(generated);
        var (conversationId, token) = (json["conversationId"]!.GetValue<string>(), json["token"]!.GetValue<string>());

        using var started = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token);
        using var refreshed = await server.DirectLine.SendAsync(HttpMethod.Post, "tokens/refresh", token);
        using var reconnect = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}", token);
        using var activities = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token);

        foreach (var response in new[] { generated, started, refreshed, reconnect, activities })
        {
            Assert.True(response.IsSuccessStatusCode, response.RequestMessage!.RequestUri!.ToString());
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage.RequestUri}: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task ChatPage_ContentSecurityPolicy_ScriptsOnlyFromOwnOriginAndFramesAsConfigured()
    {
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=https://clinic.example"], inMemory: true);

        using var page = await server.Client.GetAsync("/");
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("default-src 'none'", directives);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("connect-src 'self'", directives);
        Assert.Contains("frame-ancestors 'self' https://clinic.example", directives);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain(directives, d => d.StartsWith("script-src", StringComparison.Ordinal) && d.Contains("unsafe", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenGenerate_OverLimit_RetryAfterIsTheRealWait()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));

        // 4 a minute, bursts of 1: one token every 15 s.
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:TokenRequestsPerMinute=4"], time, inMemory: true);
        using var first = await server.Client.PostAsync("v3/directline/tokens/generate", null);
        using var refused = await server.Client.PostAsync("v3/directline/tokens/generate", null);
        time.Advance(TimeSpan.FromSeconds(10));
        using var stillRefused = await server.Client.PostAsync("v3/directline/tokens/generate", null);
        time.Advance(TimeSpan.FromSeconds(5));
        using var allowed = await server.Client.PostAsync("v3/directline/tokens/generate", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(15), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), stillRefused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
