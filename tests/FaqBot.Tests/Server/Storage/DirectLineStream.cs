using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FaqBot.Tests.Server.Storage;

// A Direct Line WebSocket stream as a client sees it: activity sets, read into a list in the background.
internal sealed class DirectLineStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonObject> _activities = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiving;

    public string? LastWatermark { get; private set; }

    // Connects to streamUrl; with onto given, to the same path on another replica (as a load balancer might).
    public static async Task<DirectLineStream> ConnectAsync(string streamUrl, Uri? onto = null)
    {
        var url = new UriBuilder(streamUrl);
        if (onto is not null)
        {
            url.Host = onto.Host;
            url.Port = onto.Port;
        }

        var stream = new DirectLineStream();
        await stream._socket.ConnectAsync(url.Uri, CancellationToken.None);
        stream._receiving = stream.ReceiveAsync();
        return stream;
    }

    public IReadOnlyList<JsonObject> Snapshot()
    {
        lock (_activities)
        {
            return [.. _activities];
        }
    }

    // Kept (non-typing) activities received so far.
    public IReadOnlyList<JsonObject> Kept() => [.. Snapshot().Where(a => a["type"]!.GetValue<string>() != "typing")];

    public async Task<IReadOnlyList<JsonObject>> WaitForKeptAsync(int count, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            var kept = Kept();
            if (kept.Count >= count)
            {
                return kept;
            }

            await Task.Delay(20);
        }

        return Kept();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_receiving is not null)
            {
                await _receiving;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage || message.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            lock (_activities)
            {
                _activities.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
                LastWatermark = set["watermark"]?.GetValue<string>();
            }
        }
    }
}
