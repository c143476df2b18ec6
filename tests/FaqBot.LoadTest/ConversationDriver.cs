using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace FaqBot.LoadTest;

// One simulated visitor: token, start, stream; posts over REST and waits for the reply over the WebSocket.
// Checks that every message is echoed once, answered once, and in the order sent. With streamBaseUrl, the stream
// is opened on another replica than the one the messages are posted to.
internal sealed class ConversationDriver(HttpClient http, string baseUrl, string? streamBaseUrl = null) : IAsyncDisposable
{
    private const string Question = "What are the side effects of ketamine?";
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _pending = new();
    private readonly ConcurrentDictionary<string, string> _echoToClient = new();
    private readonly HashSet<string> _seenIds = [];
    private string _conversationId = "";
    private string _token = "";
    private int _sent;
    private int _lastEchoed = -1;
    private int _lastAnswered = -1;
    private Task? _receiving;

    public int Duplicated { get; private set; }

    public int Reordered { get; private set; }

    public int Lost { get; private set; }

    public async Task StartAsync()
    {
        using var tokenResponse = await http.PostAsync(baseUrl + "v3/directline/tokens/generate", null);
        using var tokenJson = JsonDocument.Parse(await tokenResponse.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        _conversationId = tokenJson.RootElement.GetProperty("conversationId").GetString()!;
        _token = tokenJson.RootElement.GetProperty("token").GetString()!;
        using var start = new HttpRequestMessage(HttpMethod.Post, baseUrl + "v3/directline/conversations")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var startResponse = await http.SendAsync(start);
        using var startJson = JsonDocument.Parse(await startResponse.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        var streamUrl = new UriBuilder(startJson.RootElement.GetProperty("streamUrl").GetString()!);
        if (streamBaseUrl is not null)
        {
            var other = new Uri(streamBaseUrl);
            (streamUrl.Host, streamUrl.Port) = (other.Host, other.Port);
        }

        await _socket.ConnectAsync(streamUrl.Uri, CancellationToken.None);
        _receiving = ReceiveAsync();
    }

    // Returns the round-trip time in ticks (Stopwatch), or -1 when the reply never came.
    public async Task<long> SendAndWaitAsync()
    {
        var clientId = "c" + _sent++;
        var reply = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[clientId] = reply;
        var body = "{\"type\":\"message\",\"text\":\"" + Question + "\",\"from\":{\"id\":\"dl_x\"},\"channelData\":{\"clientActivityID\":\"" + clientId + "\"}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}v3/directline/conversations/{_conversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        if (await Task.WhenAny(reply.Task, Task.Delay(TimeSpan.FromSeconds(10))) != reply.Task)
        {
            Lost++;
            return -1;
        }

        return Stopwatch.GetTimestamp() - started;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", new CancellationTokenSource(2000).Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }

        _socket.Dispose();
        if (_receiving is not null)
        {
            await Task.WhenAny(_receiving, Task.Delay(2000));
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (message.Length > 0)
                {
                    Handle(message.ToArray());
                }

                message.SetLength(0);
            }
        }
        catch (WebSocketException)
        {
            // Closed by dispose.
        }
    }

    private void Handle(byte[] frame)
    {
        using var set = JsonDocument.Parse(frame);
        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            if (activity.GetProperty("type").GetString() != "message")
            {
                continue;
            }

            var id = activity.GetProperty("id").GetString()!;
            if (!_seenIds.Add(id))
            {
                Duplicated++;
                continue;
            }

            var role = activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var r) ? r.GetString() : null;
            if (role == "user" && activity.TryGetProperty("channelData", out var channelData)
                && channelData.TryGetProperty("clientActivityID", out var clientId))
            {
                _echoToClient[id] = clientId.GetString()!;
                Check(clientId.GetString()!, ref _lastEchoed);
            }
            else if (activity.TryGetProperty("replyToId", out var replyTo) && _echoToClient.TryGetValue(replyTo.GetString()!, out var answered))
            {
                Check(answered, ref _lastAnswered);
                if (_pending.TryRemove(answered, out var waiter))
                {
                    waiter.TrySetResult(true);
                }
            }
        }
    }

    private void Check(string clientId, ref int last)
    {
        var n = int.Parse(clientId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        if (n != last + 1)
        {
            Reordered++;
        }

        last = n;
    }
}
