using System.Net;
using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Server.Hardening;

// DirectLine:MaxConversations reached: the least recently active idle conversations make room, instead of every new
// visitor being refused until the hourly expiry.
public sealed class ConversationEvictionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-evict-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task Start_ServerFull_EvictsLeastRecentlyActiveIdleOne(string provider)
    {
        await using var server = await StartAsync(provider);
        var oldest = await server.DirectLine.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        var older = await server.DirectLine.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        (await server.DirectLine.PostMessageAsync(oldest.ConversationId, oldest.Token, "hello")).Dispose();
        _time.Advance(TimeSpan.FromMinutes(2));

        var (newcomerId, newcomerToken) = await server.DirectLine.GenerateTokenAsync();
        using var started = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", newcomerToken);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await ActivitiesStatusAsync(server, older));
        Assert.Equal(HttpStatusCode.OK, await ActivitiesStatusAsync(server, oldest));
        Assert.Equal(HttpStatusCode.OK, await ActivitiesStatusAsync(server, (newcomerId, newcomerToken)));
    }

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task Start_ServerFullOfOpenStreams_StillRefusesWith503(string provider)
    {
        await using var server = await StartAsync(provider);
        using var first = await OpenStreamAsync(server);
        using var second = await OpenStreamAsync(server);
        _time.Advance(TimeSpan.FromMinutes(10));

        var (_, token) = await server.DirectLine.GenerateTokenAsync();
        using var started = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, started.StatusCode);
        Assert.Equal(WebSocketState.Open, first.State);
    }

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task Start_ServerFullOfJustStartedConversations_Refuses(string provider)
    {
        await using var server = await StartAsync(provider);
        await server.DirectLine.StartAsync();
        await server.DirectLine.StartAsync();
        _time.Advance(TimeSpan.FromSeconds(30));

        var (_, token) = await server.DirectLine.GenerateTokenAsync();
        using var started = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, started.StatusCode);
    }

    private Task<FaqBotTestServer> StartAsync(string provider) => FaqBotTestServer.StartAsync(
        ["DirectLine:MaxConversations=2", $"Storage:Provider={provider}", $"Storage:DataFolder={_folder}"], _time);

    private static async Task<HttpStatusCode> ActivitiesStatusAsync(FaqBotTestServer server, (string ConversationId, string Token) conversation)
    {
        using var response = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities", conversation.Token);
        return response.StatusCode;
    }

    private static async Task<ClientWebSocket> OpenStreamAsync(FaqBotTestServer server)
    {
        var (_, token) = await server.DirectLine.GenerateTokenAsync();
        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token);
        var streamUrl = (await DirectLineTestClient.ReadAsync(response))["streamUrl"]!.GetValue<string>();
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }
}
