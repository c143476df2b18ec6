using System.Net.WebSockets;
using System.Text.Json;
using FaqBot.Schema.Activities;

namespace FaqBot.Channels.DirectLine;

/// <summary>
/// One stream socket: the replay after the watermark, then live frames; an empty text frame every heartbeat (Web Chat
/// ignores "" but a "{}" frame would kill it). The pump is the only sender; client frames are read and ignored.
/// </summary>
public static class DirectLineStreamPump
{
    /// <summary>Pumps <paramref name="stream"/> into <paramref name="socket"/> until the client leaves or the stream closes.</summary>
    public static async Task RunAsync(WebSocket socket, IActivityStream stream, TimeSpan heartbeat, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(stream);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = DrainClientFramesAsync(socket, cts.Token);
        try
        {
            if (stream.Replay.Activities.Count > 0)
            {
                await SendAsync(socket, stream.Replay, cts.Token).ConfigureAwait(false);
            }

            // One heartbeat timer per interval, not per frame: an empty frame now and then during traffic is harmless.
            var waiting = stream.Reader.WaitToReadAsync(cts.Token).AsTask();
            var heartbeatDue = Task.Delay(heartbeat, timeProvider, cts.Token);
            while (true)
            {
                var done = await Task.WhenAny(waiting, heartbeatDue, receiving).ConfigureAwait(false);
                if (done == receiving)
                {
                    await CloseAsync(socket, "bye").ConfigureAwait(false);
                    break;
                }

                if (done == heartbeatDue)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cts.Token).ConfigureAwait(false);
                    heartbeatDue = Task.Delay(heartbeat, timeProvider, cts.Token);
                    continue;
                }

                if (!await waiting.ConfigureAwait(false))
                {
                    await CloseAsync(socket, stream.CloseReason ?? "closed").ConfigureAwait(false);
                    break;
                }

                await SendAsync(socket, NextBatch(stream), cts.Token).ConfigureAwait(false);
                waiting = stream.Reader.WaitToReadAsync(cts.Token).AsTask();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away; nothing to tell it.
        }
        finally
        {
            await cts.CancelAsync().ConfigureAwait(false);
        }
    }

    // Whatever is already queued (echo, typing, reply) goes out as one frame: fewer sends under load.
    private static ActivitySet NextBatch(IActivityStream stream)
    {
        var batch = new List<Activity>();
        string? watermark = null;
        while (batch.Count < 64 && stream.Reader.TryRead(out var set))
        {
            batch.AddRange(set.Activities);
            watermark = set.Watermark;
        }

        return new ActivitySet(batch, watermark);
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(new ReadOnlyMemory<byte>(JsonSerializer.SerializeToUtf8Bytes(set, BotJsonContext.Default.ActivitySet)), WebSocketMessageType.Text, true,
            cancellationToken).AsTask();

    private static async Task CloseAsync(WebSocket socket, string reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token).ConfigureAwait(false);
        }
    }

    // Client frames (DirectLineJS sends "" every 20 s) are read and ignored; the task ends when the client closes.
    private static async Task DrainClientFramesAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    // The pump answers the close handshake: it is the only sender.
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed or aborted.
        }
    }
}
