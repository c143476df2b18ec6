using FaqBot.Schema.Activities;

namespace FaqBot.Channels.DirectLine;

/// <summary>
/// The conversation store the protocol needs: the host's (history with watermarks, live streams) implements it, so the
/// channel depends on no storage project. Unknown conversations give null or false.
/// </summary>
public interface IDirectLineConversations
{
    /// <summary>Stores a new conversation for <paramref name="userId"/>, or says it exists or that the server is full.</summary>
    ValueTask<CreateConversationResult> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken);

    /// <summary>True when the conversation exists.</summary>
    ValueTask<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stores the activity with a new id and timestamp and pushes it to the live stream; the stored activity.</summary>
    ValueTask<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Pushes an activity (typing) to the live stream only, with a fresh id; it is not kept in the history.</summary>
    ValueTask<Activity?> PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Activities after the watermark (-1: all kept), and the watermark to ask from next.</summary>
    ValueTask<ActivitySet?> GetActivitiesAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken);

    /// <summary>The one live stream of a conversation: replays after the watermark, then follows; a new one ends the old.</summary>
    ValueTask<IActivityStream?> SubscribeAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken);
}
