using System.Net.WebSockets;
using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Server.Conversations;

namespace FaqBot.Server.DirectLine;

public sealed partial class DirectLineService
{
    // GET …/stream?t=<stream token>&watermark=W: one WebSocket per conversation, replay after W, then live frames;
    // an empty text frame every HeartbeatSeconds (Web Chat ignores "" but a "{}" frame would kill it).
    public async Task<IResult> StreamAsync(HttpContext context, string conversationId, string? token, string? watermark)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This endpoint needs a WebSocket request.");
        }

        if (!IsOriginAllowed(context.Request))
        {
            return DirectLineErrors.Forbidden();
        }

        switch (tokens.Validate(token, TokenClaims.StreamScope, out var claims))
        {
            case TokenStatus.Expired:
                return DirectLineErrors.TokenExpired();
            case TokenStatus.Invalid:
                return DirectLineErrors.Forbidden();
        }

        // A stream URL opens one socket: a copy of it (from a log, a proxy, a browser history) opens nothing.
        if (claims!.ConversationId != conversationId || !usedStreamTokens.TryUse(token!, claims.ExpiresAt))
        {
            return DirectLineErrors.Forbidden();
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        using var subscription = await store.SubscribeAsync(conversationId, after, context.RequestAborted).ConfigureAwait(false);
        if (subscription is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await PumpAsync(socket, subscription, context.RequestAborted).ConfigureAwait(false);
        return Results.Empty;
    }

    // Browsers send Origin on the upgrade and WebSockets skip CORS, so the allowed-origins list is checked here.
    // Non-browser clients send no Origin; they still need the stream token.
    private bool IsOriginAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        var self = $"{request.Scheme}://{request.Host}";
        return string.Equals(origin, self, StringComparison.OrdinalIgnoreCase) || website.Value.IsAllowedOrigin(origin);
    }

    private async Task PumpAsync(WebSocket socket, ConversationSubscription subscription, CancellationToken requestAborted)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var heartbeat = TimeSpan.FromSeconds(_options.HeartbeatSeconds);
        var receiving = DrainClientFramesAsync(socket, cts.Token);
        try
        {
            if (subscription.Replay.Activities.Count > 0)
            {
                await SendAsync(socket, subscription.Replay, cts.Token).ConfigureAwait(false);
            }

            // One heartbeat timer per interval, not per frame: an empty frame now and then during traffic is harmless.
            var waiting = subscription.Reader.WaitToReadAsync(cts.Token).AsTask();
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
                    await CloseAsync(socket, subscription.CloseReason ?? "closed").ConfigureAwait(false);
                    break;
                }

                // Whatever is already queued (echo, typing, reply) goes out as one frame: fewer sends under load.
                var batch = new List<Activity>();
                string? watermark = null;
                while (batch.Count < 64 && subscription.Reader.TryRead(out var set))
                {
                    batch.AddRange(set.Activities);
                    watermark = set.Watermark;
                }

                await SendAsync(socket, new ActivitySet(batch, watermark), cts.Token).ConfigureAwait(false);

                waiting = subscription.Reader.WaitToReadAsync(cts.Token).AsTask();
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
