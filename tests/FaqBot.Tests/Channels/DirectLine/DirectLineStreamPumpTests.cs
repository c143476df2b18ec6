using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using FaqBot.Channels.DirectLine;
using FaqBot.Schema.Activities;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Channels.DirectLine;

/// The stream pump over a plain WebSocket (a loopback TCP pair, no HTTP): replay, live frames, heartbeats, close reasons.
public sealed class DirectLineStreamPumpTests : IAsyncLifetime
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly FakeTimeProvider _clock = new();
    private readonly TestStream _stream = new(new ActivitySet([new Activity { Id = "c|0000001", Text = "Welcome" }], "1"));
    private TcpClient _serverTcp = null!;
    private TcpClient _clientTcp = null!;
    private WebSocket _server = null!;
    private WebSocket _client = null!;

    public async Task InitializeAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _clientTcp = new TcpClient();
        var accepting = listener.AcceptTcpClientAsync();
        await _clientTcp.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        _serverTcp = await accepting;
        listener.Stop();
        _server = WebSocket.CreateFromStream(_serverTcp.GetStream(), new WebSocketCreationOptions { IsServer = true });
        _client = WebSocket.CreateFromStream(_clientTcp.GetStream(), new WebSocketCreationOptions { IsServer = false });
    }

    [Fact]
    public async Task Replay_then_live_frames_then_a_heartbeat_then_the_streams_close_reason()
    {
        var pumping = DirectLineStreamPump.RunAsync(_server, _stream, Heartbeat, _clock, CancellationToken.None);

        var replay = await ReceiveSetAsync();
        _stream.Push(new ActivitySet([new Activity { Id = "c|0000002", Text = "echo" }], "2"));
        var live = await ReceiveSetAsync();
        _clock.Advance(Heartbeat);
        var (heartbeatType, heartbeatBytes) = await ReceiveAsync();
        _stream.Complete("collision");
        var (closeType, _) = await ReceiveAsync();
        await _client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await pumping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(("Welcome", "1"), (replay.Activities.Single().Text, replay.Watermark));
        Assert.Equal(("echo", "2"), (live.Activities.Single().Text, live.Watermark));
        Assert.Equal((WebSocketMessageType.Text, 0), (heartbeatType, heartbeatBytes.Length));
        Assert.Equal(WebSocketMessageType.Close, closeType);
        Assert.Equal("collision", _client.CloseStatusDescription);
    }

    [Fact]
    public async Task The_client_closing_ends_the_pump()
    {
        var pumping = DirectLineStreamPump.RunAsync(_server, _stream, Heartbeat, _clock, CancellationToken.None);
        await ReceiveSetAsync();

        await _client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "leaving", CancellationToken.None);
        var (closeType, _) = await ReceiveAsync();
        await pumping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(WebSocketMessageType.Close, closeType);
        Assert.Equal("bye", _client.CloseStatusDescription);
    }

    public Task DisposeAsync()
    {
        _server.Dispose();
        _client.Dispose();
        _serverTcp.Dispose();
        _clientTcp.Dispose();
        _stream.Dispose();
        return Task.CompletedTask;
    }

    private async Task<ActivitySet> ReceiveSetAsync()
    {
        var (type, bytes) = await ReceiveAsync();
        Assert.Equal(WebSocketMessageType.Text, type);
        return JsonSerializer.Deserialize(bytes, BotJsonContext.Default.ActivitySet)!;
    }

    private async Task<(WebSocketMessageType Type, byte[] Bytes)> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var message = new MemoryStream();
        var buffer = new byte[4096];
        WebSocketReceiveResult result;
        do
        {
            result = await _client.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return (result.MessageType, message.ToArray());
    }

    private sealed class TestStream(ActivitySet replay) : IActivityStream
    {
        private readonly Channel<ActivitySet> _channel = Channel.CreateUnbounded<ActivitySet>();

        public ActivitySet Replay { get; } = replay;

        public ChannelReader<ActivitySet> Reader => _channel.Reader;

        public string? CloseReason { get; private set; }

        public void Push(ActivitySet set) => _channel.Writer.TryWrite(set);

        public void Complete(string reason)
        {
            CloseReason = reason;
            _channel.Writer.TryComplete();
        }

        public void Dispose() => _channel.Writer.TryComplete();
    }
}
