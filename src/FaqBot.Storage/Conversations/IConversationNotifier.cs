using FaqBot.Bot.Schema;

namespace FaqBot.Storage.Conversations;

/// <summary>
/// Carries "conversation X has activities up to N" (and transient activities such as typing) between replicas
/// (PostgreSQL LISTEN/NOTIFY). Every replica, the sender included, receives every notification. Delivery is
/// best effort: receivers read the history to fill gaps, and after <see cref="Reconnected"/> re-read everything.
/// </summary>
public interface IConversationNotifier : IAsyncDisposable
{
    /// <summary>Raised for each notification, on a background thread; handlers must not block.</summary>
    event Action<ConversationNotification>? Received;

    /// <summary>Raised after the listening connection was lost and is back: notifications may have been missed.</summary>
    event Action? Reconnected;

    /// <summary>Starts listening; notifications sent before it returns may be missed.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Announces that the conversation's history now reaches <paramref name="seq"/>.</summary>
    Task NotifyAppendedAsync(string conversationId, long seq, CancellationToken cancellationToken);

    /// <summary>Sends an activity that is not kept (typing); dropped when too large for a notification.</summary>
    Task NotifyTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken);
}
