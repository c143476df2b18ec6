using System.Net.WebSockets;

namespace FaqBot.Channels.DirectLine;

public sealed partial class DirectLineProtocol
{
    /// <summary>
    /// GET conversations/{id}/stream?t=&amp;watermark=: checks the stream token (scope, expiry, conversation) and that it
    /// was never used, then the watermark, then subscribes. The host checks the WebSocket upgrade and the Origin first.
    /// </summary>
    public async Task<DirectLineStreamOpening> OpenStreamAsync(string conversationId, string? streamToken, string? watermark,
        CancellationToken cancellationToken)
    {
        switch (_tokens.Validate(streamToken, TokenClaims.StreamScope, out var claims))
        {
            case TokenStatus.Expired:
                return DirectLineStreamOpening.Refused(DirectLineErrors.TokenExpired());
            case TokenStatus.Invalid:
                return DirectLineStreamOpening.Refused(DirectLineErrors.Forbidden());
        }

        // A stream URL opens one socket: a copy of it (from a log, a proxy, a browser history) opens nothing.
        if (claims!.ConversationId != conversationId || !_usedStreamTokens.TryUse(streamToken!, claims.ExpiresAt))
        {
            return DirectLineStreamOpening.Refused(DirectLineErrors.Forbidden());
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineStreamOpening.Refused(DirectLineErrors.BadArgument("The watermark is not valid."));
        }

        var stream = await _store.SubscribeAsync(conversationId, after, cancellationToken).ConfigureAwait(false);
        return stream is null
            ? DirectLineStreamOpening.Refused(DirectLineErrors.ConversationNotFound())
            : DirectLineStreamOpening.Of(stream);
    }

    /// <summary>
    /// Runs an accepted stream socket until either side ends it: the replay, then live frames, and an empty text frame
    /// every DirectLine:HeartbeatSeconds.
    /// </summary>
    public Task RunStreamAsync(WebSocket socket, IActivityStream stream, CancellationToken cancellationToken) =>
        DirectLineStreamPump.RunAsync(socket, stream, TimeSpan.FromSeconds(_options.HeartbeatSeconds), _timeProvider, cancellationToken);
}
