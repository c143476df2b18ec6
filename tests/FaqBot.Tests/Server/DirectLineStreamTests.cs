using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Server;

public abstract class DirectLineStreamTests : StorageProviderServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Stream_AfterStart_ReplaysWelcomeThenDeliversEchoAndReply()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token, streamUrl) = await StartAsync(server);
        using var socket = await ConnectAsync(streamUrl);

        var replay = await ReceiveActivitiesAsync(socket, 1);
        (await server.DirectLine.PostMessageAsync(conversationId, token, "hello", "client-1")).Dispose();
        var live = await ReceiveActivitiesAsync(socket, 3);

        Assert.Equal($"{conversationId}|0000001", replay[0]["id"]!.GetValue<string>());
        Assert.Equal("client-1", live[0]["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("typing", live[1]["type"]!.GetValue<string>());
        Assert.Equal("message", live[2]["type"]!.GetValue<string>());
        Assert.Equal(live[0]["id"]!.GetValue<string>(), live[2]["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_ReconnectWithWatermark_ReplaysOnlyNewer()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token, _) = await StartAsync(server);
        (await server.DirectLine.PostMessageAsync(conversationId, token, "hello", "client-1")).Dispose();
        using var reconnect = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=2", token);
        var streamUrl = (await DirectLineTestClient.ReadAsync(reconnect))["streamUrl"]!.GetValue<string>();

        using var socket = await ConnectAsync(streamUrl);
        var replay = await ReceiveActivitiesAsync(socket, 1);

        Assert.Equal("bot", replay[0]["from"]!["role"]!.GetValue<string>());
        // Welcome 1, question 2, reply 3: the typing indicator is not stored and takes no number.
        Assert.Equal(conversationId + "|0000003", replay[0]["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_SecondSocket_ClosesFirstWithCollision()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token, streamUrl) = await StartAsync(server);
        using var first = await ConnectAsync(streamUrl);
        await ReceiveActivitiesAsync(first, 1);

        using var second = await ConnectAsync(await FreshStreamUrlAsync(server, conversationId, token));
        var closed = await ReceiveUntilCloseAsync(first);

        Assert.True(closed);
        Assert.Equal("collision", first.CloseStatusDescription);
    }

    [Fact]
    public async Task Stream_SameUrlTwice_SecondConnectionRefused()
    {
        await using var server = await StartServerAsync();
        var (_, _, streamUrl) = await StartAsync(server);
        using var first = await ConnectAsync(streamUrl);
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        using var replay = new ClientWebSocket();
        replay.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => replay.ConnectAsync(new Uri(streamUrl), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, replay.HttpStatusCode);
    }

    [Fact]
    public async Task Stream_Idle_SendsEmptyHeartbeatFrames()
    {
        var clock = new TestClock();
        await using var server = await StartServerAsync(["DirectLine:HeartbeatSeconds=20"], clock);
        var (_, _, streamUrl) = await StartAsync(server);
        using var socket = await ConnectAsync(streamUrl);
        await ReceiveActivitiesAsync(socket, 1);

        await clock.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(20));
        var frame = await ReceiveFrameAsync(socket);

        Assert.Equal(string.Empty, frame);
    }

    [Theory]
    [InlineData("bad-token", null)]
    [InlineData("other-conversation", null)]
    [InlineData("good", "https://evil.example")]
    public async Task Stream_RejectedUpgrade_Returns403(string tokenKind, string? origin)
    {
        await using var server = await StartServerAsync(["Website:AllowedOrigins:0=https://clinic.example"]);
        var (_, _, streamUrl) = await StartAsync(server);
        var (_, _, otherUrl) = await StartAsync(server);
        var url = tokenKind switch
        {
            "bad-token" => streamUrl[..(streamUrl.IndexOf("t=", StringComparison.Ordinal) + 2)] + "abc.def.ghi",
            "other-conversation" => streamUrl[..streamUrl.IndexOf("t=", StringComparison.Ordinal)] + otherUrl[otherUrl.IndexOf("t=", StringComparison.Ordinal)..],
            _ => streamUrl,
        };
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Stream_AllowedOrigin_Connects()
    {
        await using var server = await StartServerAsync(["Website:AllowedOrigins:0=https://clinic.example"]);
        var (_, _, streamUrl) = await StartAsync(server);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", "https://clinic.example");

        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

        Assert.Equal(WebSocketState.Open, socket.State);
    }

    private static async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync(FaqBotTestServer server)
    {
        var (conversationId, token) = await server.DirectLine.GenerateTokenAsync();
        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token, "{}");
        var streamUrl = (await DirectLineTestClient.ReadAsync(response))["streamUrl"]!.GetValue<string>();
        return (conversationId, token, streamUrl);
    }

    private static async Task<string> FreshStreamUrlAsync(FaqBotTestServer server, string conversationId, string token)
    {
        using var reconnect = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}", token);
        return (await DirectLineTestClient.ReadAsync(reconnect))["streamUrl"]!.GetValue<string>();
    }

    private static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    private static async Task<List<JsonNode>> ReceiveActivitiesAsync(ClientWebSocket socket, int count)
    {
        var activities = new List<JsonNode>();
        while (activities.Count < count)
        {
            var frame = await ReceiveFrameAsync(socket);
            if (frame.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(frame)!;
            Assert.IsType<string>(set["watermark"]!.GetValue<string>());
            activities.AddRange(set["activities"]!.AsArray().Select(a => a!));
        }

        return activities;
    }

    private static async Task<string> ReceiveFrameAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
    }

    private static async Task<bool> ReceiveUntilCloseAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return true;
            }
        }
    }
}

public sealed class DirectLineStreamMemoryTests : DirectLineStreamTests
{
    protected override string Provider => "Memory";
}

public sealed class DirectLineStreamSqliteTests : DirectLineStreamTests
{
    protected override string Provider => "Sqlite";
}
