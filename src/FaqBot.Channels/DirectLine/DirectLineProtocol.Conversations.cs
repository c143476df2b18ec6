namespace FaqBot.Channels.DirectLine;

public sealed partial class DirectLineProtocol
{
    /// <summary>
    /// POST conversations: starts the token's conversation (201, the bot greets) or returns it again (200). With the
    /// secret: a new conversation and a token for it. Each answer carries a fresh stream URL.
    /// </summary>
    public async Task<DirectLineResult> StartConversationAsync(string? authorization, DirectLineAddress address,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!_authorizer.TryAuthorize(authorization, out var caller, out var error))
        {
            return error;
        }

        string conversationId, userId, token;
        int expiresIn;
        if (caller.Claims is { } claims)
        {
            (conversationId, userId, token, expiresIn) = (claims.ConversationId, claims.UserId, caller.Token!, SecondsLeft(claims));
        }
        else
        {
            (conversationId, userId) = (NewConversationId(), NewUserId());
            (token, expiresIn) = IssueToken(conversationId, userId);
        }

        // The server-wide budget of new conversations (a token's conversation that exists already is not new).
        if ((caller.Claims is null || !await _store.ExistsAsync(conversationId, cancellationToken).ConfigureAwait(false))
            && _rateLimits.TryAcquireNewConversation() is { } wait)
        {
            return DirectLineErrors.TooManyRequests(wait);
        }

        var created = await _store.CreateAsync(conversationId, userId, cancellationToken).ConfigureAwait(false);
        if (created == CreateConversationResult.Full)
        {
            return DirectLineErrors.ServiceFull();
        }

        if (created == CreateConversationResult.Created)
        {
            await StartConversationAsync(conversationId, userId).ConfigureAwait(false);
        }

        var response = new ConversationResponse(conversationId, token, expiresIn, StreamUrl(address, conversationId, userId, null));
        return DirectLineResult.Json(response, DirectLineJsonContext.Default.ConversationResponse,
            created == CreateConversationResult.Created ? 201 : 200);
    }

    /// <summary>GET conversations/{id}: reconnect, with a fresh stream URL that replays after the watermark.</summary>
    public async Task<DirectLineResult> ReconnectAsync(string? authorization, string conversationId, string? watermark,
        DirectLineAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!_authorizer.TryAuthorize(authorization, conversationId, out var caller, out var error))
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out _))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        if (!await _store.ExistsAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var userId = caller.Claims?.UserId ?? NewUserId();
        var (token, expiresIn) = caller.Claims is { } claims ? (caller.Token!, SecondsLeft(claims)) : IssueToken(conversationId, userId);
        var response = new ConversationResponse(conversationId, token, expiresIn, StreamUrl(address, conversationId, userId, watermark));
        return DirectLineResult.Json(response, DirectLineJsonContext.Default.ConversationResponse);
    }
}
