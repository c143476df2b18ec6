using FaqBot.Server.Conversations;

namespace FaqBot.Server.DirectLine;

public sealed partial class DirectLineService
{
    // Starts the token's conversation (201) or returns it again (200). With the secret: a new conversation.
    public async Task<IResult> StartConversationAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!authorizer.TryAuthorize(context.Request, out var caller, out var error))
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
        if ((caller.Claims is null || !await store.ExistsAsync(conversationId, context.RequestAborted).ConfigureAwait(false))
            && rateLimiter.TryAcquireNewConversation() is { } wait)
        {
            return DirectLineErrors.TooManyRequests(context, wait);
        }

        var created = await store.CreateAsync(conversationId, userId, context.RequestAborted).ConfigureAwait(false);
        if (created == CreateConversationResult.Full)
        {
            return DirectLineErrors.ServiceFull(context);
        }

        if (created == CreateConversationResult.Created)
        {
            await StartConversationAsync(conversationId, userId).ConfigureAwait(false);
        }

        var response = new ConversationResponse(conversationId, token, expiresIn, StreamUrl(context.Request, conversationId, userId, null));
        return created == CreateConversationResult.Created
            ? TypedResults.Json(response, DirectLineJsonContext.Default.ConversationResponse, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(response, DirectLineJsonContext.Default.ConversationResponse);
    }

    // Reconnect: a fresh streamUrl that replays after the watermark.
    public async Task<IResult> ReconnectAsync(HttpContext context, string conversationId, string? watermark)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!authorizer.TryAuthorize(context.Request, conversationId, out var caller, out var error))
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out _))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        if (!await store.ExistsAsync(conversationId, context.RequestAborted).ConfigureAwait(false))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var userId = caller.Claims?.UserId ?? NewUserId();
        var (token, expiresIn) = caller.Claims is { } claims ? (caller.Token!, SecondsLeft(claims)) : IssueToken(conversationId, userId);
        var response = new ConversationResponse(conversationId, token, expiresIn, StreamUrl(context.Request, conversationId, userId, watermark));
        return TypedResults.Json(response, DirectLineJsonContext.Default.ConversationResponse);
    }
}
