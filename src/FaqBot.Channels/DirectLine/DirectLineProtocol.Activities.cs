using System.Text.Json;
using FaqBot.Schema.Activities;

namespace FaqBot.Channels.DirectLine;

public sealed partial class DirectLineProtocol
{
    /// <summary>GET conversations/{id}/activities: the activities after the watermark, and the watermark to ask from next.</summary>
    public async Task<DirectLineResult> GetActivitiesAsync(string? authorization, string conversationId, string? watermark,
        CancellationToken cancellationToken)
    {
        if (!_authorizer.TryAuthorize(authorization, conversationId, out _, out var error))
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        var set = await _store.GetActivitiesAsync(conversationId, after, cancellationToken).ConfigureAwait(false);
        return set is null
            ? DirectLineErrors.ConversationNotFound()
            : DirectLineResult.Json(set, BotJsonContext.Default.ActivitySet);
    }

    /// <summary>
    /// POST conversations/{id}/activities: stores the user's activity (echoed with a server id, channelData intact), runs
    /// the bot, answers {id}. A typing activity is relayed to the live stream only and runs no turn.
    /// </summary>
    public async Task<DirectLineResult> PostActivityAsync(string? authorization, string conversationId, DirectLineBody body,
        DirectLineAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(address);
        if (!_authorizer.TryAuthorize(authorization, conversationId, out var caller, out var error))
        {
            return error;
        }

        if (!await _store.ExistsAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        if (_rateLimits.TryAcquireMessage(conversationId) is { } retryAfter)
        {
            return DirectLineErrors.TooManyRequests(retryAfter);
        }

        var (bytes, tooLarge) = await body.ReadAsync(_options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        if (ParsePosted(bytes, out var posted) is { } invalid)
        {
            return invalid;
        }

        var incoming = Addressed(PostedActivity.Keep(posted), posted.From, caller, conversationId, address);
        // A patient's typing indicator is relayed live but not kept, as the Microsoft service does.
        var isTyping = incoming.Type == ActivityTypes.Typing;
        var stored = isTyping
            ? await _store.PublishTransientAsync(conversationId, incoming, cancellationToken).ConfigureAwait(false)
            : await _store.AppendAsync(conversationId, incoming, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        if (!isTyping)
        {
            await _runner.RunTurnAsync(conversationId, stored).ConfigureAwait(false);
        }

        return DirectLineResult.Json(new ResourceResponse(stored.Id!), BotJsonContext.Default.ResourceResponse);
    }

    // Ids starting dl_ come from tokens: the server, not the client, says who the sender is. With the secret, a server
    // names its user (bounded, like every kept field). The server sets the id, channel and addresses.
    private Activity Addressed(Activity kept, ChannelAccount? postedFrom, DirectLineCaller caller, string conversationId,
        DirectLineAddress address)
    {
        var from = caller.Claims is { } claims
            ? new ChannelAccount { Id = claims.UserId, Name = PostedActivity.Bounded(postedFrom?.Name), Role = "user" }
            : new ChannelAccount { Id = PostedActivity.Bounded(postedFrom?.Id) ?? NewUserId(), Name = PostedActivity.Bounded(postedFrom?.Name), Role = "user" };
        return kept with
        {
            Id = null,
            From = from,
            Recipient = BotAccount,
            Conversation = new ConversationAccount { Id = conversationId },
            ChannelId = ChannelId,
            ServiceUrl = address.ServiceUrl,
        };
    }

    // The posted activity, or the error to answer: not JSON, no type, or text over the limit.
    private DirectLineResult? ParsePosted(byte[] bytes, out Activity posted)
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
