using System.Text.Json;
using FaqBot.Schema.Activities;

namespace FaqBot.Server.DirectLine;

public sealed partial class DirectLineService
{
    public async Task<IResult> GetActivitiesAsync(HttpContext context, string conversationId, string? watermark)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!authorizer.TryAuthorize(context.Request, conversationId, out _, out var error))
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        var set = await store.GetActivitiesAsync(conversationId, after, context.RequestAborted).ConfigureAwait(false);
        return set is null
            ? DirectLineErrors.ConversationNotFound()
            : TypedResults.Json(set, BotJsonContext.Default.ActivitySet);
    }

    // Stores the user's activity (echoed with a server id, channelData intact), runs the bot, answers {id}.
    public async Task<IResult> PostActivityAsync(HttpContext context, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!authorizer.TryAuthorize(context.Request, conversationId, out var caller, out var error))
        {
            return error;
        }

        if (!await store.ExistsAsync(conversationId, context.RequestAborted).ConfigureAwait(false))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        if (rateLimiter.TryAcquireMessage(conversationId) is { } retryAfter)
        {
            return DirectLineErrors.TooManyRequests(context, retryAfter);
        }

        var body = await ReadBodyAsync(context.Request, _options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return body.Error;
        }

        if (ParsePosted(body.Bytes, out var posted) is { } invalid)
        {
            return invalid;
        }

        // Ids starting dl_ come from tokens: the server, not the client, says who the sender is. With the secret, a
        // server names its user (bounded, like every kept field).
        var from = caller.Claims is { } claims
            ? new ChannelAccount { Id = claims.UserId, Name = PostedActivity.Bounded(posted.From?.Name), Role = "user" }
            : new ChannelAccount { Id = PostedActivity.Bounded(posted.From?.Id) ?? NewUserId(), Name = PostedActivity.Bounded(posted.From?.Name), Role = "user" };
        var incoming = PostedActivity.Keep(posted) with
        {
            Id = null,
            From = from,
            Recipient = BotAccount,
            Conversation = new ConversationAccount { Id = conversationId },
            ChannelId = ChannelId,
            ServiceUrl = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/",
        };
        // A patient's typing indicator is relayed live but not kept, as the Microsoft service does.
        var isTyping = incoming.Type == ActivityTypes.Typing;
        var stored = isTyping
            ? await store.PublishTransientAsync(conversationId, incoming, context.RequestAborted).ConfigureAwait(false)
            : await store.AppendAsync(conversationId, incoming, context.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        if (!isTyping)
        {
            await runner.RunTurnAsync(conversationId, stored).ConfigureAwait(false);
        }

        return TypedResults.Json(new ResourceResponse(stored.Id!), BotJsonContext.Default.ResourceResponse);
    }

    // The posted activity, or the error to answer: not JSON, no type, or text over the limit.
    private IResult? ParsePosted(byte[] bytes, out Activity posted)
    {
        posted = null!;
        Activity? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(bytes, BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return DirectLineErrors.BadArgument("The activity is not valid JSON.");
        }

        if (parsed is null || string.IsNullOrWhiteSpace(parsed.Type))
        {
            return DirectLineErrors.BadArgument("The activity needs a type.");
        }

        if (parsed.Text?.Length > _options.MaxTextLength)
        {
            return DirectLineErrors.TooLarge($"The message text is longer than {_options.MaxTextLength} characters.");
        }

        posted = parsed;
        return null;
    }
}
