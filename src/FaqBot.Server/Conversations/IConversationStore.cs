using FaqBot.Schema.Activities;

namespace FaqBot.Server.Conversations;

// Direct Line conversations: history with watermarks and the live stream of each. DurableConversationStore keeps
// them in SQLite or PostgreSQL (LISTEN/NOTIFY feeds streams across replicas); InMemoryConversationStore serves the
// Memory provider. Unknown conversations give null / false.
public interface IConversationStore
{
    int Count { get; }

    ValueTask<CreateConversationResult> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken);

    ValueTask<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    // Stores the activity with a new id ({conversationId}|{seq:0000000}) and a timestamp that never goes backwards,
    // then pushes it to the live stream. Returns the stored activity.
    ValueTask<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    // Pushes an activity (typing) to the live stream only, with a fresh id; it is not kept in the history.
    ValueTask<Activity?> PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    // Activities after the watermark (-1: all kept), and the watermark to ask from next.
    ValueTask<ActivitySet?> GetActivitiesAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken);

    // The one live stream of a conversation: replays after the watermark, then follows; a new one ends the old.
    ValueTask<ConversationSubscription?> SubscribeAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken);

    ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken);
}
